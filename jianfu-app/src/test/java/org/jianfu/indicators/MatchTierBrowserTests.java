package org.jianfu.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.jianfu.indicators.internal.requests.Approvals;
import org.jianfu.indicators.internal.requests.RequestFlow;
import org.jianfu.indicators.internal.requests.RequestQueries;
import org.jianfu.testing.browser.BrowserTest;
import org.jianfu.testing.browser.PhoneBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A requester on a phone answers a 可能相同 field "不是同一指标" with a reason: the field and the submit
 * card update in place (htmx, no page load), and submitting is no longer blocked.
 */
@BrowserTest
class MatchTierBrowserTests {

    /** A township no other test class sends to. */
    static final String TOWNSHIP = "620102019";
    static final YearMonth MONTH = YearMonth.of(2034, 1);

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    RequestFlow flow;

    @Autowired
    Approvals approvals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RequestQueries queries;

    @BeforeAll
    static void chromium() {
        PhoneBrowser.assumeInstalled();
    }

    @Test
    void aRequesterAnswersAMaybeOnAPhoneAndTheFieldUpdatesInPlace() {
        // the browser tests' shared context has no IndicatorDesk bean; the same helper, built by hand
        IndicatorDesk desk = new IndicatorDesk(accounts, flow, approvals, jdbc, queries);
        desk.send("620102.civil", "测试：手机确认用养老统计表", TOWNSHIP, "VILLAGE", MONTH, List.of(
                IndicatorDesk.field("养老床位数", "张", "MONTHLY")));
        String title = "测试：手机确认用统计表";
        desk.approveForm("620102.stats", MONTH.getYear(), title);
        long id = desk.draft("620102.stats", title, TOWNSHIP, "VILLAGE", MONTH.plusMonths(1), List.of(
                IndicatorDesk.field("养老服务机构床位数", "张", "MONTHLY")));
        long fieldId = jdbc.sql("select id from indicators.request_field where request_id = ?").param(id)
                .query(Long.class).single();
        String field = "#field-" + fieldId;

        try (PhoneBrowser phone = PhoneBrowser.open(port).signIn("620102.stats.clerk")) {
            phone.go("/indicators/requests/" + id);
            assertThat(phone.text(field)).contains("可能相同").contains("养老床位数（张）").contains("名称主体相近");
            assertThat(phone.text("#submit-card")).contains("请先逐项确认");
            assertThat(phone.find("#submit-card button[type=submit]").isEnabled()).isFalse();
            phone.script("window.notReloaded = true;");
            phone.type(field + " input[name=reason]", "本表只统计公办机构");
            phone.screenshot("indicators-maybe-tier");
            phone.tap(field + " form:has(input[name=same][value=false]) button[type=submit]");

            phone.waitForText(field, "已确认：不是同一指标（本表只统计公办机构）");
            phone.waitForText("#flash", "已记录：不是同一指标");
            assertThat(phone.script("return window.notReloaded === true;")).as("updated in place").isEqualTo(true);
            assertThat(phone.text("#submit-card")).doesNotContain("请先逐项确认");
            assertThat(phone.find("#submit-card button[type=submit]").isEnabled()).isTrue();
            phone.screenshot("indicators-maybe-answered");
        }
        assertThat(jdbc.sql("select reason from indicators.match_confirmation where field_id = ?").param(fieldId)
                .query(String.class).single()).isEqualTo("本表只统计公办机构");
    }
}
