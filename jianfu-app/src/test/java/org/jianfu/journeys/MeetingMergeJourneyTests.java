package org.jianfu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.jianfu.testing.browser.BrowserTest;
import org.jianfu.testing.browser.PhoneBrowser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 会议 in a real browser: the city's and the district's water bureaus each plan the same meeting;
 * the city 减负办 sees the merge proposal (beside the living demo's chains of this week) and turns both into
 * one video meeting reaching down; the district's meeting is cancelled.
 */
@BrowserTest
class MeetingMergeJourneyTests extends Journey {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void twoLevelsPlanTheSameMeetingAndTheBurdenOfficeMergesThemIntoOneVideoMeeting(Viewport screen) {
        viewport = screen;
        String title = (screen == Viewport.PHONE ? "秸秆禁烧" : "森林草原防灭火") + "工作推进会议";
        String city = plan("6201.water.clerk", title, today().plusDays(40), "city");
        String district = plan("620102.water.clerk", title, today().plusDays(41), "district");

        PhoneBrowser b = as(screen, "jfb.6201");
        b.go("/meetings/merges");
        assertThat(b.text("main")).contains(title);
        assertThat(b.all("a.title").size()).as("the demo's own chains this week are proposed beside it").isGreaterThan(1);
        String card = "//div[contains(@class,'card')][.//a[@class='title' and text()=" + xpathLiteral(title) + "]]";
        browserScrollTo(card);
        shot("meeting", "3-merge-proposal");
        b.driver().findElement(By.xpath(card + "//input[@name='videoRoom']")).sendKeys("省视频会议系统 8801");
        tapXpath(card + "//button");
        b.waitForText(".alert.ok", "已合并");
        assertThat(path()).isEqualTo(city);
        assertThat(b.text("main")).contains("省视频会议系统 8801");
        shot("meeting", "4-merged");

        long cityId = Long.parseLong(city.substring(city.lastIndexOf('/') + 1));
        long districtId = Long.parseLong(district.substring(district.lastIndexOf('/') + 1));
        String state = jdbc.sql("select state from meetings.meeting where id = ?").param(districtId).query(String.class).single();
        assertThat(state).isEqualTo("CANCELLED");
        b.go(district);
        assertThat(b.text("main")).contains("已合并到");
        assertThat(cityId).isNotEqualTo(districtId);
    }

    /** Fills the 安排会议 form as {@code clerk}; returns the new meeting's page. */
    private String plan(String clerk, String title, java.time.LocalDate day, String who) {
        PhoneBrowser b = as(viewport, clerk);
        b.go("/meetings/new");
        b.type("#title", title);
        b.setValue("#startsAt", day + "T09:00");
        b.type("#plannedMinutes", "90");
        b.type("#mainSpeechMinutes", "40");
        b.script("const m = document.getElementById('mode'); m.value = [...m.options].find(o => o.text.includes('现场')).value;");
        b.type("#venue", "本单位三楼会议室");
        b.type("#agenda", "传达上级部署，安排本级工作");
        b.script("document.querySelectorAll('input[name=invitedUnitIds]').forEach((c, i) => { if (i < 2) c.checked = true; });");
        b.type("#overQuotaReason", "上级部署的专项工作，需当面安排");
        shot("meeting", "1-plan-" + who);
        tap("form[action='/meetings'] button[type=submit]");
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.cssSelector(".alert.error")).isEmpty() || b.text("h1").equals(title));
        assertThat(b.all(".alert.error")).as("安排会议 refused: %s", b.all(".alert.error").stream()
                .map(org.openqa.selenium.WebElement::getText).toList()).isEmpty();
        shot("meeting", "2-planned-" + who);
        return path();
    }

    private void browserScrollTo(String xpath) {
        browser().script("arguments[0].scrollIntoView({block: 'start'});",
                browser().driver().findElement(By.xpath(xpath)));
    }
}
