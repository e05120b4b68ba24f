package org.jianfu.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jianfu.indicators.internal.requests.RequestQueries;
import org.jianfu.indicators.internal.requests.RequestStatus;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The demo tells the story: 2018 asks the same data many times, 2019 shares it, this month's form is merged. */
@JianfuTest
class IndicatorsDemoTests {

    /** the application clock (fixed in tests: never today) */
    @Autowired
    java.time.Clock clock;

    static final String VILLAGE_CADRE = "620102001001.cadre";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FormBurdens burdens;

    @Autowired
    IndicatorDesk desk;

    @Autowired
    RequestQueries queries;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Test
    void twentyNineteenAsksTheVillagesForFewerFieldsThanTwentyEighteen() {
        long village = desk.actor(VILLAGE_CADRE).unitId();
        FormBurden before = burdens.of(village, YearMonth.of(2018, 3));
        FormBurden after = burdens.of(village, YearMonth.of(2019, 3));
        assertThat(before.forms()).isEqualTo(6);
        assertThat(after.forms()).isEqualTo(5);
        assertThat(after.fieldsRequested()).isLessThan(before.fieldsRequested());
        assertThat(before.fieldsSaved()).isPositive();
        long shares = jdbc.sql("select count(*) from indicators.field_share where created_at < '2020-01-01'")
                .query(Long.class).single();
        assertThat(shares).isPositive();
    }

    @Test
    void theBurdenOfficeSeesFieldsAskedAgainstFieldsFilledPerVillage() throws Exception {
        String page = mvc.perform(get("/indicators/burden").param("month", "2018-03").with(signIn.as("jfb.620102")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("填报负担").contains("居民委员会").doesNotContain("七里河");
        assertThat(mvc.perform(get("/indicators/burden").with(signIn.as(VILLAGE_CADRE))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    @Test
    void thisMonthsFormMergesTheRequestsAndPrefillsLastYearsPopulation() throws Exception {
        YearMonth now = YearMonth.now(clock);
        String json = mvc.perform(get("/api/v1/forms/" + now).with(signIn.as(VILLAGE_CADRE)))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> items = JsonPath.read(json, "$.items");
        Map<String, Object> dibao = items.stream().filter(i -> "低保户数".equals(i.get("name"))).findFirst().orElseThrow();
        assertThat((List<?>) dibao.get("members")).hasSize(2);
        Map<String, Object> huji = items.stream().filter(i -> "户籍人口".equals(i.get("name"))).findFirst().orElseThrow();
        assertThat(huji.get("prefillNote")).isEqualTo("2019年数据，请核对");
    }

    @Test
    void theVillageCadresListOfFormsRendersEachMonthWithItsState() throws Exception {
        String page = mvc.perform(get("/indicators/forms").with(signIn.as(VILLAGE_CADRE))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).containsAnyOf("待填报", "已报送").contains("</html>");
    }

    @Test
    void theAgricultureDraftShowsItsDuplicatesAndTheEmergencyTableWaitsForTheBurdenOffice() {
        var agri = desk.actor("620102.agri.clerk");
        var draft = queries.list(agri).stream().filter(r -> r.title().equals("农业农村基本情况调查")).findFirst().orElseThrow();
        assertThat(draft.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(queries.detail(agri, draft.id()).duplicatesAsked()).isGreaterThanOrEqualTo(2);
        assertThat(queries.waitingOn(desk.actor("jfb.620102"))).extracting(r -> r.title()).contains("自然灾害风险隐患排查表");
    }
}
