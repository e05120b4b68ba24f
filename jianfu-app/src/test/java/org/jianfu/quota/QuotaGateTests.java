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
        // 只减不增: this year's downward documents may reach last year's count (the living demo's); issue up to it
        long lastYear = downward(office, YEAR - 1);
        long fill = Math.max(0, lastYear - downward(office, YEAR));
        insertIssued(office, "620102.gov-office.clerk", YEAR, fill);
        long id = api.createOk(CLERK, draft("NOTICE", "关于限额测试的通知", "正文", List.of(api.townshipGovernment("620102").id()), false));
        MvcResult gate = api.get(CLERK, "/api/v1/documents/" + id + "/gate");
        assertThat(json(gate, "$.outcomes[?(@.check=='quota')].verdict")).contains("BLOCK");
        assertThat(json(gate, "$.outcomes[?(@.check=='quota')].summary")).contains("已达限额 " + lastYear + " 件").contains("只减不增");
        assertThat(json(gate, "$.outcomes[?(@.check=='quota')].detailsUrl")).contains("/quota");

        api.stepOk(CLERK, id, "submit");
        api.stepOk(LEADER, id, "pass-review");
        assertThat(json(api.step(LEADER, id, "sign", "同意"), "$.detail")).contains("发文限额");
        String explanation = json(api.post(CLERK, "/api/v1/documents/" + id + "/explanations",
                "{\"check\":\"quota\",\"text\":\"防汛紧急部署，确需发文，已与上级沟通。\"}"), "$.id");
        api.post("jfb.6201", "/api/v1/explanations/" + explanation + "/decision", "{\"approve\":true,\"comment\":\"同意\"}");
        api.stepOk(LEADER, id, "sign");
        api.stepOk(CLERK, id, "issue");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                json(api.get(CLERK, "/api/v1/quota/units/" + office + "?year=" + YEAR), "$.used")).isEqualTo(String.valueOf(lastYear + 1)));
        assertThat(json(api.get(CLERK, "/api/v1/quota/units/" + office + "?year=" + YEAR), "$.limit")).isEqualTo(String.valueOf(lastYear));
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
        insertIssued(party, "620102.party-office.clerk", YEAR - 3, 10);
        long base = downward(party, YEAR - 3);
        long limit = base * 70 / 100;
        long used = downward(party, YEAR - 1);
        api.put("jfb.620102", "/api/v1/quota/rules", rule(YEAR - 1, "CUT_FROM_BASE", YEAR - 3, 30));
        MvcResult standing = api.get("620102.party-office.clerk", "/api/v1/quota/units/" + party + "?year=" + (YEAR - 1));
        assertThat(json(standing, "$.limit")).isEqualTo(String.valueOf(limit));
        assertThat(json(standing, "$.used")).isEqualTo(String.valueOf(used));
        assertThat(json(standing, "$.rule")).isEqualTo("比 " + (YEAR - 3) + " 年压减 30%（基数 " + base + " 件）");
        assertThat(api.put("jfb.620102", "/api/v1/quota/rules", rule(YEAR, "CUT_FROM_BASE", YEAR, 30)).getResponse()
                .getStatus()).as("base year must be earlier").isEqualTo(422);
        String page = api.get("jfb.620102", "/quota?year=" + (YEAR - 1)).getResponse().getContentAsString();
        assertThat(page).contains("中共城关区委办公室")
                .contains(used > limit ? "超出 " + (used - limit) + " 件" : "剩余 " + (limit - used) + " 件").contains("比 " + (YEAR - 3) + " 年压减 30%");
    }

    /** Downward documents the unit issued in the year (the living demo's and the tests'). */
    long downward(long unit, int year) {
        return jdbc.sql("""
                        select count(*) from documents.document where issuing_unit_id = ? and issue_year = ?
                          and state in ('ISSUED', 'WITHDRAWN') and direction = 'DOWNWARD'""")
                .params(unit, year).query(Long.class).single();
    }

    void insertIssued(long unit, String clerk, int year, long count) {
        jdbc.sql("""
                        insert into documents.document (issuing_unit_id, kind, title, direction, state, issue_year, issued_at,
                          drafted_by, review_confirmed)
                        select ?, 'NOTICE', '测试公文' || n, 'DOWNWARD', 'ISSUED', ?, now(), a.id, true
                        from identity.account a cross join generate_series(1, ?) n where a.username = ?""")
                .params(unit, year, count, clerk).update();
        jdbc.sql("update quota.usage set seeded = false where unit_id = ?").param(unit).update();
    }
}
