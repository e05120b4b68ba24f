package org.jianfu.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.YearMonth;
import java.util.List;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's cascades planned for this week and next are proposed as one video meeting and merged on acceptance. */
@JianfuTest
@EnableScenarios
class MeetingMergeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Meetings meetings;

    @Test
    void theCountyBurdenOfficeMergesTheTownshipMeetingsIntoOneVideoMeeting() throws Exception {
        String proposals = mvc.perform(get("/api/v1/meeting-merges").with(signIn.as("jfb.620102")))
                .andReturn().getResponse().getContentAsString();
        List<Integer> tops = JsonPath.read(proposals, "$[*].top.id");
        assertThat(tops).isNotEmpty();
        assertThat(JsonPath.<String>read(proposals, "$[0].top.title")).startsWith("城关区").endsWith("会议");
        int top = tops.getFirst();
        List<Integer> lower = JsonPath.read(proposals, "$[0].lower[*].id");
        assertThat(lower).hasSizeGreaterThan(3);
        assertThat(JsonPath.<Double>read(proposals, "$[0].travelHoursSaved")).isPositive();
        // another county's burden office sees nothing of 城关区
        assertThat(mvc.perform(get("/api/v1/meeting-merges").with(signIn.as("jfb.620103")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("\"title\":\"城关区");

        String outcome = mvc.perform(post("/api/v1/meeting-merges/" + top + "/acceptance").with(signIn.as("jfb.620102")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(outcome, "$.merged.mode")).isEqualTo("VIDEO");
        assertThat(JsonPath.<List<String>>read(outcome, "$.merged.reach")).contains("VILLAGE");
        Integer lowerOne = lower.getFirst();
        assertThat(jdbc.sql("select state || ':' || merged_into from meetings.meeting where id = ?").param(lowerOne)
                .query(String.class).single()).isEqualTo("CANCELLED:" + top);
        assertThat(jdbc.sql("select count(*) from meetings.merge where merged_meeting_id = ?").param(top)
                .query(Long.class).single()).isOne();
        // the villages are now invited to the one meeting, each at its own site
        assertThat(jdbc.sql("""
                select count(*) from meetings.invitation i join organization.unit u on u.id = i.unit_id
                where i.meeting_id = ? and u.kind = 'VILLAGE_COMMITTEE' and i.receiving_site is not null""")
                .param(top).query(Long.class).single()).isPositive();
        assertThat(mvc.perform(get("/api/v1/meeting-merges").with(signIn.as("jfb.620102")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("\"id\":" + top + ",");
    }

    @Test
    void monitoringCountsMeetingsPerUnitAndMonthWithFewerIn2019() {
        long y2018 = meetings.organisedBelow("620102", 2018);
        long y2019 = meetings.organisedBelow("620102", 2019);
        assertThat(y2018).isPositive();
        assertThat(y2019).isLessThan(y2018);
        List<MeetingLoad> march = meetings.attendanceBelow("620102", YearMonth.of(2018, 3));
        assertThat(march).isNotEmpty().allSatisfy(l -> assertThat(l.hours()).isPositive());
    }
}
