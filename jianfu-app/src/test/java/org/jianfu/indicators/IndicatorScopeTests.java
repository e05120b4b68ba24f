package org.jianfu.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.YearMonth;
import java.util.List;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Another county's requests and forms answer 404, through pages, the API and the spreadsheets. */
@JianfuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorScopeTests {

    static final YearMonth MONTH = YearMonth.of(2035, 2);

    @Autowired
    IndicatorDesk desk;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    long requestId;

    @BeforeAll
    void chengguanCivilAffairsAsksItsTownships() {
        requestId = desk.send("620102.civil", "测试：范围检查", "620102", "TOWNSHIP", MONTH, List.of(
                IndicatorDesk.field("测试范围字段", "个", "MONTHLY")));
    }

    @Test
    void anotherCountysDepartmentAndBurdenOfficeGet404() throws Exception {
        for (String user : List.of("620103.civil.clerk", "jfb.620103", "620102.stats.clerk")) {
            assertThat(status(get("/indicators/requests/" + requestId), user)).as(user).isEqualTo(404);
            assertThat(status(get("/api/v1/data-requests/" + requestId), user)).as(user).isEqualTo(404);
            assertThat(status(get("/indicators/requests/" + requestId + "/results.xlsx"), user)).as(user).isEqualTo(404);
        }
        assertThat(status(post("/api/v1/data-requests/" + requestId + "/fields").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"偷加字段","unitOfMeasure":"个","period":"MONTHLY","dataType":"INTEGER"}"""),
                "620103.civil.clerk")).isEqualTo(404);
    }

    @Test
    void theRequesterAndTheBurdenOfficesAboveSeeIt() throws Exception {
        assertThat(status(get("/indicators/requests/" + requestId), "620102.civil.clerk")).isEqualTo(200);
        assertThat(status(get("/indicators/requests/" + requestId), "jfb.620102")).isEqualTo(200);
        assertThat(status(get("/indicators/requests/" + requestId), "jfb.6201")).isEqualTo(200);
        assertThat(status(get("/indicators/requests/" + requestId + "/results.xlsx"), "620102.civil.leader")).isEqualTo(200);
    }

    @Test
    void aTownshipOfAnotherCountyHasNoSuchForm() throws Exception {
        assertThat(status(get("/indicators/forms/" + MONTH), "620102001.gov.cadre")).isEqualTo(200);
        assertThat(status(get("/indicators/forms/" + MONTH), "620103001.gov.cadre")).isEqualTo(404);
        assertThat(status(get("/indicators/forms/" + MONTH + "/sheet.xlsx"), "620103001.gov.cadre")).isEqualTo(404);
        assertThat(status(get("/api/v1/forms/" + MONTH), "620103001.gov.cadre")).isEqualTo(404);
    }

    @Test
    void aDepartmentCannotAskUnitsOutsideItsDivision() throws Exception {
        assertThat(status(post("/api/v1/data-requests").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                {"title":"越界","purpose":"","targetDivisionCode":"620103","targetLevel":"VILLAGE","period":"MONTHLY",
                 "formMonth":"2035-02","deadline":"2035-02-20"}"""), "620102.civil.clerk")).isEqualTo(404);
        assertThat(status(post("/api/v1/data-requests").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                {"title":"村里发起","purpose":"","targetDivisionCode":"620102001001","targetLevel":"VILLAGE","period":"MONTHLY",
                 "formMonth":"2035-02","deadline":"2035-02-20"}"""), "620102001001.cadre")).isEqualTo(403);
    }

    private int status(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(signIn.as(user))).andReturn().getResponse().getStatus();
    }
}
