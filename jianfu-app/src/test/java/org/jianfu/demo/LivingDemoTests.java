package org.jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The demo lives in the clock's today (2026-06-15 in tests), not in 2019: the tour's township cadre has
 * work this week, a form to fill and documents to sign for; every year from the base year has data.
 */
@JianfuTest
class LivingDemoTests {

    static final String TOWNSHIP_CADRE = "620123101.gov.cadre";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    DemoLoad demo;

    String page(String url, String user) throws Exception {
        MvcResult r = mvc.perform(get(url).with(signIn.as(user))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    @Test
    void theTestsRunOnTheFixedClockInBeijingTime() {
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(clock.getZone().getId()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void theTownshipCadreHasMeetingsOrInspectionsThisWeek() throws Exception {
        String week = page("/calendar", TOWNSHIP_CADRE);
        assertThat(week).contains("2026年6月15日起一周").doesNotContain("本周及以后暂无安排");
        assertThat(week).containsPattern("href=\"/(meetings|inspections)/\\d+\"");
        String next = page("/calendar?week=2026-06-22", TOWNSHIP_CADRE);
        assertThat(next).containsPattern("href=\"/(meetings|inspections)/\\d+\"");
    }

    @Test
    void theTownshipCadreHasAFormToFillAndDocumentsToSignFor() throws Exception {
        String home = page("/", TOWNSHIP_CADRE);
        assertThat(home).contains("2026年6月 一表通填报").contains("待签收");
        long waiting = jdbc.sql("""
                        select count(*) from documents.recipient r join documents.document d on d.id = r.document_id
                          join identity.account a on a.unit_id = r.unit_id
                        where a.username = ? and r.signed_at is null and d.issued_at >= ? and d.issued_at < ?""")
                .params(TOWNSHIP_CADRE, Timestamp.from(clock.instant().minus(30, ChronoUnit.DAYS)), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        assertThat(waiting).as("documents of the last 30 days waiting for 签收").isPositive();
    }

    @Test
    void villageCadresOfTheTourHaveThisMonthsForm() throws Exception {
        for (String cadre : List.of("620123101001.cadre", "620102001001.cadre")) {
            assertThat(page("/", cadre)).as(cadre).contains("2026年6月 一表通填报");
        }
    }

    @Test
    void everyYearFromTheBaseYearHasDocumentsAndThisYearHasItsRulesPlansSurveyAndCars() {
        List<Integer> years = jdbc.sql("select distinct issue_year from documents.document where demo order by 1")
                .query(Integer.class).list();
        assertThat(years).containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(jdbc.sql("select count(*) from quota.rule where year = 2026").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from meetings.meeting_plan where year = 2025").query(Long.class).single())
                .as("last year's plans").isPositive();
        assertThat(jdbc.sql("select count(*) from feedback.survey where opens <= date '2026-06-15' and closes >= date '2026-06-15'")
                .query(Long.class).single()).as("an open 获得感 survey").isPositive();
        assertThat(jdbc.sql("select count(*) from vehicles.car_request where state in ('SUBMITTED', 'APPROVED') and starts_at >= ?")
                .param(Timestamp.from(clock.instant())).query(Long.class).single()).as("car requests pending").isPositive();
        assertThat(jdbc.sql("select count(*) from meetings.meeting where state = 'PLANNED' and starts_at >= timestamp '2026-06-15'")
                .query(Long.class).single()).as("meetings ahead, still planned").isPositive();
        assertThat(jdbc.sql("select count(*) from meetings.meeting where starts_at >= timestamp '2019-12-01' and starts_at < timestamp '2020-01-01' and state = 'PLANNED'")
                .query(Long.class).single()).as("no stale 2019 meetings left to merge").isZero();
    }

    @Test
    void theTourOfficesStillHaveRoomUnderThisYearsQuota() throws Exception {
        for (String office : List.of("620102.gov-office.clerk", "620123.gov-office.clerk")) {
            long unit = jdbc.sql("select unit_id from identity.account where username = ?").param(office).query(Long.class).single();
            String json = mvc.perform(get("/api/v1/quota/units/" + unit).with(signIn.as(office))).andReturn().getResponse()
                    .getContentAsString();
            int limit = ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.limit")).intValue();
            // what the demo issued this year, before today: other tests in this context issue as these offices too
            long issuedByTheDemo = jdbc.sql("""
                    select count(*) from documents.document
                    where issuing_unit_id = ? and state = 'ISSUED' and issue_year = ? and issued_at < ?""")
                    .params(unit, LocalDate.now(clock).getYear(),
                            Timestamp.from(LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant()))
                    .query(Long.class).single();
            assertThat(limit - issuedByTheDemo).as(office + ": " + json).isPositive();
            assertThat((String) com.jayway.jsonpath.JsonPath.read(json, "$.rule")).contains("只减不增");
        }
    }

    @Test
    void aSecondLoadOnTheSameDayAddsNothing() {
        assertThat(demo.pending()).isEmpty();
        long periods = jdbc.sql("select count(*) from demo.period_run").query(Long.class).single();
        demo.loadPending(new DemoLoad.Listener() {
            public void loaderStarted(String name, long expectedSteps) {
            }

            public void advanced(long steps) {
            }

            public void loaderFinished(String name, long rows, boolean skipped) {
            }
        });
        assertThat(jdbc.sql("select count(*) from demo.period_run").query(Long.class).single()).isEqualTo(periods);
        assertThat(jdbc.sql("select max(period_to) from demo.period_run where loader = 'meetings.living'")
                .query(LocalDate.class).single()).as("this week and next").isEqualTo(LocalDate.of(2026, 6, 29));
    }
}
