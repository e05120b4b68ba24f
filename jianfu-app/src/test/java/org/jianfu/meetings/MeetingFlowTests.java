package org.jianfu.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.util.List;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Planning through the API: rules, quota with approval one level up, attendance, calendar conflicts, scope. */
@JianfuTest
class MeetingFlowTests {

    /** the application clock (fixed in tests: never today) */
    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    Organization organization;

    Unit townshipGov(String code) {
        return organization.unitsOf(code).stream().filter(u -> u.kind() == UnitKind.GOVERNMENT).findFirst().orElseThrow();
    }

    String draft(String title, LocalDateTime at, String convener, String attendees, List<Long> invited, String reason) {
        return """
                {"title":"%s","type":"SPECIAL","startsAt":"%s","plannedMinutes":90,"mainSpeechMinutes":30,
                 "mode":"HYBRID","reach":["TOWNSHIP"],"convener":"%s","attendeeLevel":"%s","venue":"区政府三楼会议室",
                 "videoRoom":"甘肃省政务视频会议系统 1203 室","invitedUnitIds":%s,"receivingSiteUnitIds":[],
                 "overQuotaReason":%s}""".formatted(title, at.withNano(0).withSecond(0), convener, attendees, invited,
                reason == null ? "null" : "\"" + reason + "\"");
    }

    MvcResult plan(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/meetings").with(signIn.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    long id(MvcResult r) throws Exception {
        return ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void anInvitedTownshipConfirmsAndSeesTheMeetingOnItsCalendarWithTheConflict() throws Exception {
        Unit gov = townshipGov("620102001");
        LocalDateTime day = LocalDateTime.now(clock).plusDays(40).withHour(9).withMinute(0);
        MvcResult first = plan("620102.agri.clerk", draft("城关区春季动物防疫工作会议", day, "DEPUTY", "DEPUTY", List.of(gov.id()), null));
        assertThat(first.getResponse().getStatus()).as(first.getResponse().getContentAsString()).isEqualTo(201);
        MvcResult second = plan("620102.water.clerk", draft("城关区河长制工作会议", day.withHour(14), "DEPUTY", "STAFF", List.of(gov.id()), null));
        assertThat(second.getResponse().getStatus()).isEqualTo(201);

        String cadre = "620102001.gov.cadre";
        assertThat(mvc.perform(get("/").with(signIn.as(cadre))).andReturn().getResponse().getContentAsString())
                .contains("待确认参会").contains("城关区春季动物防疫工作会议");
        assertThat(mvc.perform(post("/api/v1/meetings/" + id(first) + "/confirmation").with(signIn.as(cadre)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(200);

        String week = mvc.perform(get("/api/v1/calendar?week=" + day.toLocalDate()).with(signIn.as(cadre)))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(week, "$.conflicts[*].first.title"))
                .containsAnyOf("城关区春季动物防疫工作会议", "城关区河长制工作会议");
        String page = mvc.perform(get("/calendar?week=" + day.toLocalDate()).with(signIn.as(cadre)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("城关区河长制工作会议").contains("冲突");
        // the organiser is told on the meeting page
        assertThat(mvc.perform(get("/meetings/" + id(first)).with(signIn.as("620102.agri.clerk")))
                .andReturn().getResponse().getContentAsString()).contains("参会单位日程冲突").contains("城关区河长制工作会议");
    }

    @Test
    void escortAttendanceAndIrrelevantUnitsAreRefusedInChinese() throws Exception {
        Unit gov = townshipGov("620102002");
        Unit otherEdu = organization.unitsOf("620103").stream().filter(u -> u.unitKey().equals("edu")).findFirst().orElseThrow();
        MvcResult r = plan("620102.agri.clerk", draft("城关区农机安全会议", LocalDateTime.now(clock).plusDays(45), "DEPUTY", "PRINCIPAL",
                List.of(gov.id(), otherEdu.id()), null));
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        assertThat(r.getResponse().getContentAsString()).contains("不搞层层陪会").contains("不在本级及下级范围内");
    }

    @Test
    void overQuotaNeedsAReasonAndTheNextLevelsBurdenOfficeDecides() throws Exception {
        LocalDateTime at = LocalDateTime.now(clock).plusDays(50);
        int year = at.getYear();
        Unit edu = organization.unitsOf("620102").stream().filter(u -> u.unitKey().equals("edu")).findFirst().orElseThrow();
        Unit gov = townshipGov("620102003");
        // a unit never sets its own plan (separation of duties): the county's burden office does
        String plan = "{\"rule\":\"NOT_ABOVE_LAST_YEAR\",\"baseYear\":0,\"cutPercent\":0}";
        assertThat(mvc.perform(put("/api/v1/meeting-plans/" + edu.id() + "/" + year).with(signIn.as("620102.edu.clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(plan)).andReturn().getResponse().getStatus()).isEqualTo(403);
        // no meetings last year → a no-increase plan of 0
        String set = mvc.perform(put("/api/v1/meeting-plans/" + edu.id() + "/" + year).with(signIn.as("jfb.620102")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(plan))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(set, "$.quota")).isZero();

        MvcResult refused = plan("620102.edu.clerk", draft("城关区校园安全会议", at, "DEPUTY", "DEPUTY", List.of(gov.id()), null));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("超出计划须填写理由");

        long first = id(plan("620102.edu.clerk", draft("城关区校园安全会议", at, "DEPUTY", "DEPUTY", List.of(gov.id()), "上级临时部署")));
        long second = id(plan("620102.edu.clerk", draft("城关区学前教育会议", at.plusDays(1), "DEPUTY", "DEPUTY", List.of(gov.id()), "专项整改")));
        // the county's own burden office is not the reviewer; 兰州市's is
        assertThat(decide("jfb.620102", first, true)).isEqualTo(404);
        assertThat(mvc.perform(get("/").with(signIn.as("jfb.6201"))).andReturn().getResponse().getContentAsString())
                .contains("超计划会议：城关区校园安全会议");
        assertThat(decide("jfb.6201", first, true)).isEqualTo(200);
        assertThat(decide("jfb.6201", second, false)).isEqualTo(200);
        assertThat(state(first)).isEqualTo("PLANNED");
        assertThat(state(second)).isEqualTo("REFUSED");
        assertThat(decide("jfb.6201", first, false)).isEqualTo(422);
    }

    @Test
    void anotherCountyReadsNeitherMeetingsNorCalendars() throws Exception {
        Unit gov = townshipGov("620102004");
        long id = id(plan("620102.agri.clerk", draft("城关区蔬菜保供会议", LocalDateTime.now(clock).plusDays(55), "DEPUTY", "DEPUTY", List.of(gov.id()), null)));
        assertThat(status("/api/v1/meetings/" + id, "620103.agri.clerk")).isEqualTo(404);
        assertThat(status("/meetings/" + id, "620103.agri.clerk")).isEqualTo(404);
        assertThat(status("/calendar/units/" + gov.id(), "620103.agri.clerk")).isEqualTo(404);
        assertThat(status("/api/v1/calendar/units/" + gov.id(), "jfb.620103")).isEqualTo(404);
        assertThat(status("/api/v1/calendar/units/" + gov.id(), "jfb.620102")).isEqualTo(200);
        assertThat(status("/api/v1/meetings/" + id, "620102004.gov.cadre")).isEqualTo(200);
        assertThat(status("/api/v1/meetings/" + id, "jfb.620102")).isEqualTo(200);
        assertThat(status("/api/v1/meetings/" + id, "620102005.gov.cadre")).isEqualTo(404);
    }

    int decide(String user, long meetingId, boolean approve) throws Exception {
        return mvc.perform(post("/api/v1/meeting-explanations/" + meetingId + "/decision").with(signIn.as(user)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approve\":" + approve + "}"))
                .andReturn().getResponse().getStatus();
    }

    String state(long meetingId) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/meetings/" + meetingId).with(signIn.as("620102.edu.clerk")))
                .andReturn().getResponse().getContentAsString(), "$.meeting.state");
    }

    int status(String url, String user) throws Exception {
        return mvc.perform(get(url).with(signIn.as(user))).andReturn().getResponse().getStatus();
    }
}
