package org.jianfu.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.jianfu.documents.DocumentsDriver.draft;
import static org.jianfu.documents.DocumentsDriver.json;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jianfu.documents.DocumentsDriver;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/** 发文限额 in the gate (城关区): rules set by a 减负办, the block, the explanation, the count after issue. */
@JianfuTest
@Import(DocumentsDriver.class)
class QuotaGateTests {

    /** the application clock (fixed in tests: never today) */
    @Autowired
    java.time.Clock clock;

    static final String CLERK = "620102.gov-office.clerk";
    static final String LEADER = "620102.gov-office.leader";
    /** this year by the application clock */
    int YEAR;

    @org.junit.jupiter.api.BeforeEach
    void thisYear() {
        YEAR = LocalDate.now(clock).getYear();
    }

    @Autowired
    DocumentsDriver api;

    @Autowired
    JdbcClient jdbc;

    String rule(int year, String style, Integer baseYear, Integer cut) {
        return "{\"year\":%d,\"style\":\"%s\",\"baseYear\":%s,\"cutPercent\":%s,\"note\":\"测试\"}"
                .formatted(year, style, baseYear, cut);
    }

    @Test
    void overQuotaIssuingNeedsAnApprovedExplanationAndIsStillCounted() throws Exception {
        assertThat(api.put("620102.gov-office.clerk", "/api/v1/quota/rules", rule(YEAR, "NO_INCREASE", null, null))
                .getResponse().getStatus()).as("clerks set no rules").isEqualTo(403);
        assertThat(api.put("jfb.620102", "/api/v1/quota/rules", rule(YEAR, "NO_INCREASE", null, null))
                .getResponse().getStatus()).isEqualTo(200);
        long office = api.unit("620102", "gov-office").id();
        long id = api.createOk(CLERK, draft("NOTICE", "关于限额测试的通知", "正文", List.of(api.townshipGovernment("620102").id()), false));
        MvcResult gate = api.get(CLERK, "/api/v1/documents/" + id + "/gate");
        assertThat(json(gate, "$.outcomes[?(@.check=='quota')].verdict")).contains("BLOCK");
        assertThat(json(gate, "$.outcomes[?(@.check=='quota')].summary")).contains("已达限额 0 件").contains("只减不增");
        assertThat(json(gate, "$.outcomes[?(@.check=='quota')].detailsUrl")).contains("/quota");

        api.stepOk(CLERK, id, "submit");
        api.stepOk(CLERK, id, "pass-review");
        assertThat(json(api.step(LEADER, id, "sign", null), "$.detail")).contains("发文限额");
        String explanation = json(api.post(CLERK, "/api/v1/documents/" + id + "/explanations",
                "{\"check\":\"quota\",\"text\":\"防汛紧急部署，确需发文，已与上级沟通。\"}"), "$.id");
        api.post("jfb.6201", "/api/v1/explanations/" + explanation + "/decision", "{\"approve\":true,\"comment\":\"同意\"}");
        api.stepOk(LEADER, id, "sign");
        api.stepOk(CLERK, id, "issue");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                json(api.get(CLERK, "/api/v1/quota/units/" + office + "?year=" + YEAR), "$.used")).isEqualTo("1"));
        assertThat(json(api.get(CLERK, "/api/v1/quota/units/" + office + "?year=" + YEAR), "$.limit")).isEqualTo("0");
        assertThat(jdbc.sql("select count(*) from quota.reservation where document_id = ?").param(id).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void upwardDocumentsDoNotCount() throws Exception {
        long id = api.createOk("620102.party-office.clerk", draft("REPORT", "关于工作情况的报告", "正文",
                List.of(api.unit("6201", "party").id()), false));
        MvcResult gate = api.get("620102.party-office.clerk", "/api/v1/documents/" + id + "/gate");
        assertThat(json(gate, "$.outcomes[?(@.check=='quota')].verdict")).contains("PASS");
        assertThat(json(gate, "$.outcomes[?(@.check=='quota')].summary")).contains("非下行文");
    }

    @Test
    void aCutAgainstABaseYearIsComputedFromThatYearsDownwardDocuments() throws Exception {
        long party = api.unit("620102", "party-office").id();
        for (int i = 0; i < 10; i++) {
            jdbc.sql("""
                            insert into documents.document (issuing_unit_id, kind, title, direction, state, issue_year, issued_at,
                              drafted_by, review_confirmed) select ?, 'NOTICE', '基准年公文', 'DOWNWARD', 'ISSUED', ?, now(), id, true
                            from identity.account where username = '620102.party-office.clerk'""")
                    .params(party, YEAR - 3).update();
        }
        api.put("jfb.620102", "/api/v1/quota/rules", rule(YEAR - 1, "CUT_FROM_BASE", YEAR - 3, 30));
        MvcResult standing = api.get("620102.party-office.clerk", "/api/v1/quota/units/" + party + "?year=" + (YEAR - 1));
        assertThat(json(standing, "$.limit")).isEqualTo("7");
        assertThat(json(standing, "$.used")).isEqualTo("0");
        assertThat(json(standing, "$.rule")).isEqualTo("比 " + (YEAR - 3) + " 年压减 30%（基数 10 件）");
        assertThat(api.put("jfb.620102", "/api/v1/quota/rules", rule(YEAR, "CUT_FROM_BASE", YEAR, 30)).getResponse()
                .getStatus()).as("base year must be earlier").isEqualTo(422);
        String page = api.get("jfb.620102", "/quota?year=" + (YEAR - 1)).getResponse().getContentAsString();
        assertThat(page).contains("中共城关区委办公室").contains("剩余 7 件").contains("比 " + (YEAR - 3) + " 年压减 30%");
    }
}
