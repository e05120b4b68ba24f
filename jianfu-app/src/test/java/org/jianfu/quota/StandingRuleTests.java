package org.jianfu.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import org.jianfu.organization.Organization;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A year no region has a rule for is not unlimited: 只减不增 against last year applies, and the page says which rule. */
@JianfuTest
class StandingRuleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    Organization organization;

    @Autowired
    JdbcClient jdbc;

    @Test
    void nextYearWithoutARuleIsLimitedToThisYearsCount() throws Exception {
        long office = organization.unitsOf("620102").stream().filter(u -> u.unitKey().equals("gov-office")).findFirst()
                .orElseThrow().id();
        assertThat(jdbc.sql("select count(*) from quota.rule where year = 2027").query(Long.class).single()).isZero();
        long thisYear = jdbc.sql("""
                        select count(*) from documents.document where issuing_unit_id = ? and issue_year = 2026
                          and state in ('ISSUED', 'WITHDRAWN') and direction = 'DOWNWARD'""")
                .param(office).query(Long.class).single();
        String json = mvc.perform(get("/api/v1/quota/units/" + office + "?year=2027").with(signIn.as("620102.gov-office.clerk")))
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(json, "$.limit")).longValue()).isEqualTo(thisYear);
        assertThat((String) JsonPath.read(json, "$.rule"))
                .isEqualTo("本地区 2027 年未设发文限额，按常设规则只减不增：不超过上年（2026 年 " + thisYear + " 件）");
        String page = mvc.perform(get("/quota?year=2027").with(signIn.as("jfb.620102"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("按常设规则只减不增").doesNotContain("未设限额<");
    }

    @Test
    void theBaseYearHasNoLimit() throws Exception {
        long office = organization.unitsOf("620102").stream().filter(u -> u.unitKey().equals("gov-office")).findFirst()
                .orElseThrow().id();
        String json = mvc.perform(get("/api/v1/quota/units/" + office + "?year=2018").with(signIn.as("620102.gov-office.clerk")))
                .andReturn().getResponse().getContentAsString();
        assertThat((Object) JsonPath.read(json, "$.limit")).isNull();
        assertThat((String) JsonPath.read(json, "$.rule")).isEqualTo("2018 年为基准年，不设发文限额");
    }
}
