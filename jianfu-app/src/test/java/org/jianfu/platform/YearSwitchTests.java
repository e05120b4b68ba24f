package org.jianfu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every yearly page has a year switch (base year … next year), shows the clock's year (2026 in tests)
 * by default and the year asked for with {@code ?year}.
 */
@JianfuTest
class YearSwitchTests {

    /** yearly page → who may see it */
    static final Map<String, String> PAGES = Map.of(
            "/meetings/plan", "620102.gov-office.clerk",
            "/quota", "jfb.620102",
            "/registers", "jfb.620102",
            "/vehicles/usage", "jfb.620102",
            "/indicators/burden", "jfb.620102",
            "/indicators/approved-forms", "jfb.620102",
            "/reuse/audit", "jfb.62",
            "/monitoring/areas/620102", "jfb.620102");

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    String page(String url, String user) throws Exception {
        MvcResult r = mvc.perform(get(url).with(signIn.as(user))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    @Test
    void everyYearlyPageHasAYearSwitchAndShowsThisYearByDefault() throws Exception {
        for (var e : PAGES.entrySet()) {
            String html = page(e.getKey(), e.getValue());
            assertThat(html).as(e.getKey()).contains("class=\"year-switch\"").contains(">2018年</a>").contains(">2027年</a>");
            assertThat(html).as(e.getKey() + " marks this year").containsPattern("class=\"tag\"[^>]*>2026年</a>");
        }
    }

    @Test
    void everyYearlyPageHonoursTheYearAskedFor() throws Exception {
        for (var e : PAGES.entrySet()) {
            String sep = e.getKey().contains("?") ? "&" : "?";
            String html = page(e.getKey() + sep + "year=2019", e.getValue());
            assertThat(html).as(e.getKey()).containsPattern("class=\"tag\"[^>]*>2019年</a>");
        }
        assertThat(page("/meetings/plan?year=2019", "620102.gov-office.clerk")).contains("2019年会议计划");
        assertThat(page("/quota?year=2025", "jfb.620102")).contains("2025 年发文限额");
    }
}
