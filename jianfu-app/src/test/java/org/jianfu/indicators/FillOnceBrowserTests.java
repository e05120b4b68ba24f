package org.jianfu.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.jianfu.testing.browser.BrowserTest;
import org.jianfu.testing.browser.PhoneBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A village cadre opens this month's merged form from 待办 on a phone, confirms the prefilled value and submits. */
@BrowserTest
class FillOnceBrowserTests {

    /** the application clock (fixed in tests: never today) */
    @Autowired
    java.time.Clock clock;

    static final String CADRE = "620102003001.cadre";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void chromium() {
        PhoneBrowser.assumeInstalled();
    }

    @Test
    void aVillageCadreFillsThisMonthsMergedFormOnAPhone() {
        String month = YearMonth.now(clock).toString();
        try (PhoneBrowser phone = PhoneBrowser.open(port).signIn(CADRE)) {
            WebElement todo = phone.find("a[href='/indicators/forms/" + month + "']");
            assertThat(todo.getText()).contains("一表通填报").contains("项任务合并为一张表");
            todo.click();
            phone.waitForText("h1", "一表通");
            assertThat(phone.text("main")).contains("已预填").contains("合并了 2 项任务");
            List<WebElement> inputs = phone.all("form[data-offline='queue'] input[name^='f.']");
            assertThat(inputs).hasSizeGreaterThanOrEqualTo(4);
            for (WebElement input : inputs) {
                assertThat(input.getAttribute("inputmode")).isEqualTo("numeric");
                assertThat(input.getRect().getWidth()).as("one column on a phone").isGreaterThan(250);
                assertThat(input.getRect().getHeight()).as("44 px tap target").isGreaterThanOrEqualTo(44);
                if (input.getAttribute("value").isEmpty()) {
                    input.sendKeys("12");
                }
            }
            phone.screenshot("indicators-merged-form");
            phone.tap("form[data-offline='queue'] button[type=submit]");
            // the offline queue posts it in the background; on a busy machine the reloaded page may be the saved copy
            boolean saved = submittedWithin(30, month);
            phone.screenshot("indicators-merged-form-tapped");
            assertThat(saved).as("the merged form was saved; page: " + phone.script(
                    "return document.querySelector('main').innerText + ' | notice: ' + document.getElementById('offline-notice').innerText"
                            + " + ' | queue: ' + document.getElementById('offline-queue').innerText")).isTrue();
        }
    }

    private boolean submittedWithin(int seconds, String month) {
        for (int i = 0; i < seconds * 2; i++) {
            long saved = jdbc.sql("""
                            select count(*) from indicators.submission s join identity.account a on a.unit_id = s.unit_id
                            where a.username = ? and s.form_month = ?""")
                    .params(CADRE, java.sql.Date.valueOf(month + "-01")).query(Long.class).single();
            if (saved > 0) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
