package org.jianfu.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.jianfu.identity.Account;
import org.jianfu.identity.Accounts;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Role;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One answer per cadre, answers stored only as county counters apart from participation, and results
 * shown only for groups of at least five respondents (the default minimum).
 */
@JianfuTest
class SurveyTests {

    /** the application clock (fixed in tests: never today) */
    @Autowired
    java.time.Clock clock;

    static final String YONGDENG = "620121";
    static final String GAOLAN = "620122";

    @Autowired MockMvc mvc;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired Accounts accounts;
    @Autowired org.jianfu.feedback.internal.survey.SurveyMixer mixer;

    @Test
    void resultsAppearOnlyForGroupsOfFiveAndEachCadreAnswersOnce() throws Exception {
        long survey = jdbc.sql("select id from feedback.survey where ? between opens and closes")
                .param(java.time.LocalDate.now(clock)).query(Long.class).single();
        List<Account> yongdeng = cadres(YONGDENG, 5);
        answer(survey, yongdeng.get(0), List.of(5, 4, 4, 3, 2, 5), 204);
        answer(survey, yongdeng.get(0), List.of(1, 1, 1, 1, 1, 1), 422);             // a second time: refused
        assertThat(results(survey, YONGDENG, "jfb." + YONGDENG)).contains("\"shown\":false").doesNotContain("\"means\"");

        for (Account cadre : yongdeng.subList(1, 5)) {
            answer(survey, cadre, List.of(3, 4, 4, 3, 2, 4), 204);
        }
        mixer.flush(1);
        String county = results(survey, YONGDENG, "jfb." + YONGDENG);
        assertThat(JsonPath.<Boolean>read(county, "$.shown")).isTrue();
        assertThat(JsonPath.<Integer>read(county, "$.respondents")).isEqualTo(5);
        // question 1: one 5 and four 3s → 17 / 5 = 3.4; question 6: one 5 and four 4s → 4.2
        assertThat(JsonPath.<List<Double>>read(county, "$.rows[0].means")).containsExactly(3.4, 4.0, 4.0, 3.0, 2.0, 4.2);

        answer(survey, cadres(GAOLAN, 1).getFirst(), List.of(1, 1, 1, 1, 1, 1), 204);
        mixer.flush(1);
        String prefecture = results(survey, "6201", "jfb.6201");
        List<String> names = JsonPath.read(prefecture, "$.rows[*].name");
        assertThat(names).doesNotContain("皋兰县", "永登县").contains("兰州市");
        assertThat(JsonPath.<List<Integer>>read(prefecture, "$.rows[*].respondents")).allMatch(n -> n >= 5);
        assertThat(results(survey, GAOLAN, "jfb." + GAOLAN)).contains("\"shown\":false");

        assertThat(status(get("/api/v1/feedback/surveys/" + survey + "/results/6201"), "jfb.620102")).isEqualTo(404);
        assertThat(status(get("/api/v1/feedback/surveys/" + survey + "/results/620121"), "620121.gov-office.clerk")).isEqualTo(403);
        assertThat(status(get("/feedback/surveys/" + survey + "/results/6201"), "jfb.6201")).isEqualTo(200);
        assertThat(status(get("/feedback/surveys/" + survey), yongdeng.get(1).username())).isEqualTo(200);
    }

    @Test
    void theSurveyListRendersWithTheOpenSurveyForACadreAndTheBurdenOffice() throws Exception {
        String open = jdbc.sql("select title from feedback.survey where ? between opens and closes")
                .param(java.time.LocalDate.now(clock)).query(String.class).single();
        for (String user : List.of("620123101.gov.cadre", "jfb.62")) {
            String page = mvc.perform(get("/feedback/surveys").with(signIn.as(user))).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(page).as(user).contains(open).contains("填写中").contains("</html>");
        }
    }

    /**
     * The 2026 probe joined participation and counters on PostgreSQL's xmin (written in one transaction)
     * and read each cadre's scores. Answers now reach the counters only in the mixer's own transaction.
     */
    @Test
    void noTransactionIdTiesAParticipationToTheCounters() throws Exception {
        long survey = jdbc.sql("select id from feedback.survey where ? between opens and closes")
                .param(java.time.LocalDate.now(clock)).query(Long.class).single();
        for (Account cadre : cadres("620123", 3)) {
            answer(survey, cadre, List.of(2, 3, 4, 5, 1, 2), 204);
        }
        assertThat(jdbc.sql("select count(*) from feedback.survey_ballot where survey_id = ?").param(survey)
                .query(Long.class).single()).as("answers wait, unlinked").isGreaterThanOrEqualTo(3);
        mixer.flush(1);
        String linked = """
                select count(*) from feedback.survey_participation p join %s c on c.xmin = p.xmin""";
        assertThat(jdbc.sql(linked.formatted("feedback.survey_tally")).query(Long.class).single()).isZero();
        assertThat(jdbc.sql(linked.formatted("feedback.survey_respondents")).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from feedback.survey_ballot where survey_id = ?").param(survey)
                .query(Long.class).single()).as("counted ballots are gone").isZero();
    }

    @Test
    void answersAreCountedApartFromWhoAnswered() {
        List<String> answerColumns = jdbc.sql("""
                select column_name from information_schema.columns
                where table_schema = 'feedback' and table_name in ('survey_tally', 'survey_respondents')""").query(String.class).list();
        assertThat(answerColumns).containsOnly("survey_id", "area_code", "question_no", "score", "n");
        assertThat(jdbc.sql("""
                select column_name from information_schema.columns
                where table_schema = 'feedback' and table_name = 'survey_participation'""").query(String.class).list())
                .containsExactlyInAnyOrder("survey_id", "account_id");
        assertThat(jdbc.sql("""
                select column_name from information_schema.columns
                where table_schema = 'feedback' and table_name = 'survey_ballot'""").query(String.class).list())
                .as("a waiting answer names no one and no time").containsExactlyInAnyOrder("token", "survey_id", "area_code", "scores");
    }

    private List<Account> cadres(String county, int n) {
        List<Account> found = new ArrayList<>();
        for (Unit village : organization.unitsBelow(county, DivisionLevel.VILLAGE)) {
            for (Account a : accounts.ofUnit(village.id(), Role.CADRE)) {
                boolean answered = jdbc.sql("select count(*) from feedback.survey_participation where account_id = ?")
                        .param(a.id()).query(Long.class).single() > 0;
                if (!answered) {
                    found.add(a);
                }
            }
            if (found.size() >= n) {
                return found.subList(0, n);
            }
        }
        throw new IllegalStateException("too few cadres in " + county);
    }

    private void answer(long survey, Account cadre, List<Integer> scores, int expected) throws Exception {
        assertThat(status(post("/api/v1/feedback/surveys/" + survey + "/answers").contentType("application/json")
                .content("{\"scores\":" + scores + "}"), cadre.username())).isEqualTo(expected);
    }

    private String results(long survey, String code, String user) throws Exception {
        return mvc.perform(get("/api/v1/feedback/surveys/" + survey + "/results/" + code).with(signIn.as(user)))
                .andReturn().getResponse().getContentAsString();
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(signIn.as(user)).with(csrf())).andReturn().getResponse().getStatus();
    }
}
