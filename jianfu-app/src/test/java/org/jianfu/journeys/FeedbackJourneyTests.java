package org.jianfu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.jianfu.testing.browser.BrowserTest;
import org.jianfu.testing.browser.PhoneBrowser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * 减负观察点 in a real browser: a village cadre reports a burden anonymously, keeps the one-time
 * query code and secret, and later (signed in as someone else) follows it up with them.
 */
@BrowserTest
class FeedbackJourneyTests extends Journey {

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void anAnonymousReportIsFollowedUpWithTheOneTimeSecret(Viewport screen) {
        PhoneBrowser b = as(screen, "620102001.gov.cadre");
        b.go("/feedback");
        shot("feedback", "1-home");
        tap("a[href='/feedback/new']");
        b.driver().findElement(By.cssSelector("#category option:nth-child(2)")).click();
        b.driver().findElement(By.cssSelector("#causingUnitId option:nth-child(2)")).click();
        String body = "同一项工作要求每周上报进度表，还要拍照留痕，" + (screen == Viewport.PHONE ? "占用大量时间。" : "村干部疲于应付。");
        b.type("#body", body);
        shot("feedback", "2-report");
        tap("form[action='/feedback/new'] .bottom-action button");
        String code = b.text("#public-code");
        String secret = b.text("#secret");
        assertThat(code).startsWith("FK-");
        assertThat(secret).isNotBlank();
        shot("feedback", "3-receipt-once");

        // the receipt is not shown again: following up needs the code and the secret
        b = as(screen, "620102.gov-office.clerk");
        b.go("/feedback");
        b.type("#publicCode", code).type("#secret", secret);
        tap("form[action='/feedback/follow-up'] button[type=submit]");
        b.waitForText("h1", "反映进展");
        assertThat(b.text("main")).contains(body);
        b.type("#note", "补充：本周又新增了一张表。");
        tap("form[action='/feedback/follow-up/note'] button[type=submit]");
        b.waitForText("main", "本周又新增了一张表");
        shot("feedback", "4-follow-up");

        b.go("/feedback");
        b.type("#publicCode", code).type("#secret", "WRONG-SECRET-0000");
        tap("form[action='/feedback/follow-up'] button[type=submit]");
        assertThat(b.text("main")).doesNotContain(body);
    }
}
