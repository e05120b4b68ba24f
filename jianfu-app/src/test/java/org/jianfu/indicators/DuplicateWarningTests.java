package org.jianfu.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.time.YearMonth;
import java.util.List;
import org.jianfu.indicators.internal.requests.Duplicate;
import org.jianfu.indicators.internal.requests.FieldCheck;
import org.jianfu.indicators.internal.requests.RequestDetail;
import org.jianfu.indicators.internal.requests.RequestQueries;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A department drafting a request sees which of its fields another department already collects,
 * judged by the product's matcher: true duplicates are flagged with who collects them, look-alikes are not.
 */
@JianfuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuplicateWarningTests {

    static final YearMonth MONTH = YearMonth.of(2031, 1);
    static final String CIVIL_FORM = "测试：民政低保与人口统计表";
    /** A township no other test class sends to, so the civil form is among the first duplicates listed. */
    static final String TOWNSHIP = "620102010";

    @Autowired
    IndicatorDesk desk;

    @Autowired
    RequestQueries queries;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @BeforeAll
    void civilAffairsAlreadyCollects() {
        desk.send("620102.civil", CIVIL_FORM, TOWNSHIP, "VILLAGE", MONTH, List.of(
                IndicatorDesk.field("低保户数", "户", "MONTHLY"),
                IndicatorDesk.field("户籍人口", "人", "YEARLY"),
                IndicatorDesk.field("生猪存栏", "头", "MONTHLY"),
                IndicatorDesk.field("当月新增就业人数", "人", "MONTHLY")));
    }

    @Test
    void sameDatumUnderAnotherNameIsFlaggedWithWhoCollectsItAndWhy() {
        RequestDetail detail = draftOfStatistics("测试：统计局同义字段", List.of(
                IndicatorDesk.field("最低生活保障户数", "户", "MONTHLY")));
        List<Duplicate> found = fromCivil(detail.checks().getFirst());
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().collector()).isEqualTo("城关区民政局");
        assertThat(found.getFirst().field()).isEqualTo("低保户数（户）");
        assertThat(found.getFirst().reason()).contains("最低生活保障");
        assertThat(found.getFirst().periodLabel()).startsWith("月报");
    }

    @Test
    void lookAlikesThatAskForADifferentNumberAreNotFlagged() {
        RequestDetail detail = draftOfStatistics("测试：统计局近似字段", List.of(
                IndicatorDesk.field("常住人口", "人", "YEARLY"),
                IndicatorDesk.field("低保人数", "人", "MONTHLY"),
                IndicatorDesk.field("生猪出栏", "头", "MONTHLY"),
                IndicatorDesk.field("累计新增就业人数", "人", "MONTHLY")));
        for (FieldCheck check : detail.checks()) {
            assertThat(fromCivil(check)).as(check.field().name()).isEmpty();
        }
    }

    @Test
    void theDuplicateWarningIsOnTheRequestPage() throws Exception {
        RequestDetail detail = draftOfStatistics("测试：页面提示", List.of(
                IndicatorDesk.field("低保户", "户", "MONTHLY")));
        mvc.perform(get("/indicators/requests/" + detail.request().id()).with(signIn.as("620102.stats.clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("城关区民政局 已在「" + CIVIL_FORM + "」中采集")))
                .andExpect(content().string(containsString("改为共享复用")));
    }

    private RequestDetail draftOfStatistics(String title, List<org.jianfu.indicators.internal.requests.NewField> fields) {
        long id = desk.draft("620102.stats", title, TOWNSHIP, "VILLAGE", MONTH, fields);
        return queries.detail(desk.actor("620102.stats.clerk"), id);
    }

    private static List<Duplicate> fromCivil(FieldCheck check) {
        return check.duplicates().stream().filter(d -> d.requestTitle().equals(CIVIL_FORM)).toList();
    }
}
