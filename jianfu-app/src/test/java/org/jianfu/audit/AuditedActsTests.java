package org.jianfu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianfu.documents.DocumentsDriver.draft;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.jianfu.documents.DocumentsDriver;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Consequential acts land in the audit log with who, what and from where; only the 安全审计员 reads it. */
@JianfuTest
class AuditedActsTests {

    @Autowired
    DocumentsDriver api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Test
    void signingIssuingAndWithdrawingADocumentAreRecordedWithTheClientAddress() throws Exception {
        long id = api.issued("62.gov-office.clerk", "62.gov-office.leader", draft("NOTICE", "关于审计日志的通知",
                "各市州人民政府：审计日志记录签发和印发。", List.of(api.unit("6201", "gov").id()), false));
        api.step("62.gov-office.clerk", id, "recall", "测试收回");

        List<String> acts = jdbc.sql("select username || ' ' || action || ' ' || coalesce(origin, '-') from audit.entry"
                + " where subject = ? order by seq").param("document:" + id).query(String.class).list();
        assertThat(acts).containsExactly(
                "62.gov-office.clerk 公文：送核稿 127.0.0.1",
                "62.gov-office.leader 公文：核稿通过，送签发 127.0.0.1",
                "62.gov-office.leader 公文：签发 127.0.0.1",
                "62.gov-office.clerk 公文：印发 127.0.0.1",
                "62.gov-office.clerk 公文：收回已印发公文 127.0.0.1");
    }

    @Test
    void aQuotaRuleChangeIsRecorded() throws Exception {
        MvcResult r = api.put("jfb.620102", "/api/v1/quota/rules",
                "{\"year\":2031,\"style\":\"CUT_FROM_BASE\",\"baseYear\":2018,\"cutPercent\":30,\"note\":\"测试\"}");
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select details from audit.entry where action = '设定发文限额规则' and username = 'jfb.620102'"
                + " order by seq desc limit 1").query(String.class).single()).contains("2031年").contains("压减 30%");
    }

    @Test
    void onlyTheSecurityAuditorReadsTheLogAndItsCheck() throws Exception {
        MvcResult page = mvc.perform(get("/audit-log").param("action", "登录").with(signIn.as("auditor"))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).contains("审计日志").contains("校验完整性");

        MvcResult check = mvc.perform(get("/api/v1/audit-log/verification").with(signIn.as("auditor"))).andReturn();
        assertThat(check.getResponse().getContentAsString()).contains("\"intact\":true");

        MvcResult listed = mvc.perform(get("/api/v1/audit-log").param("action", "公文").with(signIn.as("auditor"))).andReturn();
        assertThat(listed.getResponse().getStatus()).isEqualTo(200);

        for (String other : List.of("admin", "secadmin", "jfb.62", "62.gov-office.leader", "62.gov-office.clerk")) {
            assertThat(mvc.perform(get("/audit-log").with(signIn.as(other))).andReturn().getResponse().getStatus())
                    .as(other).isEqualTo(403);
            assertThat(mvc.perform(get("/api/v1/audit-log").with(signIn.as(other))).andReturn().getResponse().getStatus())
                    .as(other).isEqualTo(403);
        }
    }
}
