package org.jianfu.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.jianfu.indicators.internal.requests.Duplicate;
import org.jianfu.indicators.internal.requests.FieldCheck;
import org.jianfu.indicators.internal.requests.RequestDetail;
import org.jianfu.indicators.internal.requests.RequestFlow;
import org.jianfu.indicators.internal.requests.RequestQueries;
import org.jianfu.indicators.matching.Tier;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The matcher's three answers on the data-request page: 同一指标 (共享复用 offered), 可能相同 (the
 * requester confirms or says why not, with the matcher's reasons; unanswered it blocks submission), 不同
 * (nothing shown). Answers are stored with who, when, the matched name, tier and score. Another
 * department's recurring form is named once, not once per period.
 */
@JianfuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchTierTests {

    /** A township no other test class sends to. */
    static final String TOWNSHIP = "620102017";
    static final String ELDERLY_FORM = "测试：养老与救助统计表";
    static final YearMonth FIRST = YearMonth.of(2032, 1);
    static final String CLERK = "620102.stats.clerk";

    /** 可能相同 with 养老床位数（张）: the head words overlap, the matcher cannot tell alone. */
    static final String MAYBE_FIELD = "养老服务机构床位数";
    /** 同一指标 with 低保户数（户）: 低保 is the 规范简称 of 最低生活保障. */
    static final String SAME_FIELD = "最低生活保障户数";
    static final String DIFFERENT_FIELD = "公共厕所座数";

    @Autowired
    IndicatorDesk desk;

    @Autowired
    RequestQueries queries;

    @Autowired
    RequestFlow flow;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @BeforeAll
    void civilAffairsCollectsMonthlyForThreeMonths() {
        for (int i = 0; i < 3; i++) {
            YearMonth month = FIRST.plusMonths(i);
            desk.send("620102.civil", month.getYear() + "年" + month.getMonthValue() + "月" + ELDERLY_FORM, TOWNSHIP,
                    "VILLAGE", month, List.of(
                            IndicatorDesk.field("养老床位数", "张", "MONTHLY"),
                            IndicatorDesk.field("低保户数", "户", "MONTHLY")));
        }
    }

    @Test
    void eachFieldShowsItsTierWithTheMatchersReasons() throws Exception {
        RequestDetail detail = draft("测试：统计局养老统计表（分级）");

        FieldCheck maybe = field(detail, MAYBE_FIELD);
        assertThat(maybe.tier()).isEqualTo(Tier.MAYBE);
        Duplicate asked = fromElderlyForm(maybe.maybes());
        assertThat(asked.field()).isEqualTo("养老床位数（张）");
        assertThat(asked.tier()).isEqualTo(Tier.MAYBE);
        assertThat(asked.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r).doesNotStartWith("可能相同"));
        assertThat(maybe.unanswered()).contains(asked);

        FieldCheck same = field(detail, SAME_FIELD);
        assertThat(same.tier()).isEqualTo(Tier.SAME);
        assertThat(fromElderlyForm(same.duplicates()).reasons()).anySatisfy(r -> assertThat(r).contains("最低生活保障"));
        assertThat(same.maybes()).noneMatch(d -> d.requestTitle().equals(ELDERLY_FORM));

        FieldCheck different = field(detail, DIFFERENT_FIELD);
        assertThat(different.tier()).isEqualTo(Tier.DIFFERENT);
        assertThat(different.duplicates()).isEmpty();
        assertThat(different.maybes()).isEmpty();

        String page = mvc.perform(get("/indicators/requests/" + detail.request().id()).with(signIn.as(CLERK)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("可能相同", "是同一指标，改为共享复用", "不是同一指标的原因", "同一指标",
                "城关区民政局 在「" + ELDERLY_FORM + "」中采集「养老床位数（张）」", asked.reasons().getFirst(),
                "改为共享复用，不再索要", "请先逐项确认");
        assertThat(page).doesNotContain("未发现超过限度的重复");
        // answering updates the field and the submit card in place (htmx), and works without script too
        String confirmation = "/indicators/requests/" + detail.request().id() + "/fields/" + maybe.field().id() + "/confirmation";
        assertThat(page).contains("hx-post=\"" + confirmation + "\"", "action=\"" + confirmation + "\"",
                "hx-select=\"#field-" + maybe.field().id() + "\"", "id=\"field-" + maybe.field().id() + "\"",
                "id=\"submit-card\"");
    }

    @Test
    void anUnansweredMaybeBlocksSubmissionUntilTheRequesterSaysWhyNot() throws Exception {
        RequestDetail detail = draft("测试：统计局养老统计表（确认）");
        long id = detail.request().id();
        Actor clerk = desk.actor(CLERK);
        FieldCheck maybe = field(detail, MAYBE_FIELD);
        Duplicate asked = fromElderlyForm(maybe.maybes());

        assertThatThrownBy(() -> flow.submit(clerk, id, null)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("「" + MAYBE_FIELD + "」").hasMessageContaining("可能相同");
        assertThatThrownBy(() -> flow.answer(clerk, id, maybe.field().id(), asked.matchKey(), false, "  "))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("为什么");

        mvc.perform(post("/indicators/requests/" + id + "/fields/" + maybe.field().id() + "/confirmation")
                        .with(signIn.as(CLERK)).with(csrf())
                        .param("matchKey", asked.matchKey()).param("same", "false").param("reason", "本表只统计公办养老机构"))
                .andExpect(redirectedUrl("/indicators/requests/" + id));

        var row = jdbc.sql("""
                        select field_name, matched_name, matched_form, tier, score, same, reason, answered_by, answered_at
                        from indicators.match_confirmation where field_id = ?""")
                .param(maybe.field().id()).query().singleRow();
        assertThat(row).containsEntry("field_name", MAYBE_FIELD + "（张）").containsEntry("matched_name", "养老床位数（张）")
                .containsEntry("matched_form", ELDERLY_FORM).containsEntry("tier", "MAYBE").containsEntry("same", false)
                .containsEntry("reason", "本表只统计公办养老机构").containsEntry("answered_by", clerk.accountId());
        assertThat(((Number) row.get("score")).doubleValue()).isEqualTo(asked.score(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(((java.sql.Timestamp) row.get("answered_at")).toInstant()).isBeforeOrEqualTo(clock.instant());

        RequestDetail answered = queries.detail(clerk, id);
        assertThat(answered.unconfirmed()).isEmpty();
        assertThat(field(answered, MAYBE_FIELD).field().reused()).isFalse();
        mvc.perform(get("/indicators/requests/" + id).with(signIn.as(CLERK)))
                .andExpect(content().string(containsString("已确认：不是同一指标（本表只统计公办养老机构）")));

        desk.approveForm("620102.stats", 2032, detail.request().title());
        flow.submit(clerk, id, null);
        assertThat(queries.detail(clerk, id).request().status().name()).isEqualTo("AWAITING_LEADER");
    }

    @Test
    void confirmingTheSameDatumReusesItAndIsStoredThroughTheApi() throws Exception {
        RequestDetail detail = draft("测试：统计局养老统计表（复用）");
        long id = detail.request().id();
        FieldCheck maybe = field(detail, MAYBE_FIELD);
        Duplicate asked = fromElderlyForm(maybe.maybes());

        mvc.perform(get("/api/v1/data-requests/" + id).with(signIn.as(CLERK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checks[?(@.field.name == '" + MAYBE_FIELD + "')].tier").value("MAYBE"))
                .andExpect(jsonPath("$.checks[?(@.field.name == '" + SAME_FIELD + "')].tier").value("SAME"))
                .andExpect(jsonPath("$.checks[?(@.field.name == '" + DIFFERENT_FIELD + "')].tier").value("DIFFERENT"))
                .andExpect(jsonPath("$.checks[?(@.field.name == '" + MAYBE_FIELD + "')].unanswered[0].field").value("养老床位数（张）"));
        mvc.perform(post("/api/v1/data-requests/" + id + "/fields/" + maybe.field().id() + "/confirmation")
                        .with(signIn.as(CLERK)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"matchKey\": \"" + asked.matchKey() + "\", \"same\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checks[?(@.field.name == '" + MAYBE_FIELD + "')].field.reused").value(true));

        assertThat(field(queries.detail(desk.actor(CLERK), id), MAYBE_FIELD).field().reused()).isTrue();
        assertThat(jdbc.sql("select count(*) from indicators.field_share where field_id = ?").param(maybe.field().id())
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/data-requests/" + id + "/confirmations").with(signIn.as(CLERK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].same").value(true))
                .andExpect(jsonPath("$[0].matchedName").value("养老床位数（张）"))
                .andExpect(jsonPath("$[0].tier").value("MAYBE"))
                .andExpect(jsonPath("$[0].answeredBy").value(desk.actor(CLERK).accountId()));
        // another department may not answer for the requester
        mvc.perform(post("/api/v1/data-requests/" + id + "/fields/" + maybe.field().id() + "/confirmation")
                        .with(signIn.as("620102.civil.clerk")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"matchKey\": \"" + asked.matchKey() + "\", \"same\": false, \"reason\": \"x\"}"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void aRecurringFormIsNamedOnceWithItsPeriods() throws Exception {
        RequestDetail detail = draft("测试：统计局养老统计表（分组）");
        FieldCheck same = field(detail, SAME_FIELD);
        List<String> forms = same.duplicates().stream().map(d -> d.collector() + "|" + d.requestTitle()).toList();
        assertThat(forms).doesNotHaveDuplicates();
        Duplicate elderly = fromElderlyForm(same.duplicates());
        assertThat(elderly.periods()).isEqualTo(3);
        assertThat(elderly.periodLabel()).contains("2032年1月至2032年3月").contains("共 3 期");

        String page = mvc.perform(get("/indicators/requests/" + detail.request().id()).with(signIn.as(CLERK)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("城关区民政局 已在「" + ELDERLY_FORM + "」中采集", -1)).hasSize(2);
    }

    private RequestDetail draft(String title) {
        long id = desk.draft("620102.stats", title, TOWNSHIP, "VILLAGE", FIRST.plusMonths(3), List.of(
                IndicatorDesk.field(MAYBE_FIELD, "张", "MONTHLY"),
                IndicatorDesk.field(SAME_FIELD, "户", "MONTHLY"),
                IndicatorDesk.field(DIFFERENT_FIELD, "座", "MONTHLY")));
        return queries.detail(desk.actor(CLERK), id);
    }

    private static FieldCheck field(RequestDetail detail, String name) {
        return detail.checks().stream().filter(c -> c.field().name().equals(name)).findFirst().orElseThrow();
    }

    private static Duplicate fromElderlyForm(List<Duplicate> found) {
        List<Duplicate> elderly = found.stream().filter(d -> d.requestTitle().equals(ELDERLY_FORM)).toList();
        assertThat(elderly).as("the civil affairs form, named once: " + found).hasSize(1);
        return elderly.getFirst();
    }
}
