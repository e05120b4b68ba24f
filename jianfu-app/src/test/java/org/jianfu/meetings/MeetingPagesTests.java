package org.jianfu.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import org.jianfu.organization.Organization;
import org.jianfu.organization.UnitKind;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The phone pages render for their users, and the planning form creates a meeting or shows the rule broken. */
@JianfuTest
class MeetingPagesTests {

    /** the application clock (fixed in tests: never today) */
    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    Organization organization;

    String page(String url, String user) throws Exception {
        MvcResult r = mvc.perform(get(url).with(signIn.as(user))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    @Test
    void aVillageCadreReachesTheWeekInOneTapFromTheMenu() throws Exception {
        String village = organization.children("620102001").getFirst().code();
        assertThat(page("/", village + ".cadre")).contains("href=\"/calendar\"").contains("日程");
        String week = page("/calendar", village + ".cadre");
        assertThat(week).contains("日程").contains("周一").contains("下一周");
    }

    @Test
    void listsPlansAndMergesRender() throws Exception {
        assertThat(page("/meetings", "620102.agri.clerk")).contains("安排会议");
        assertThat(page("/meetings/new", "620102.agri.clerk")).contains("参会单位").contains("街道办事处");
        assertThat(page("/meetings/plan", "jfb.6201")).contains("会议计划");
        assertThat(page("/meetings/merges", "jfb.6201")).contains("合并建议").contains("城关区");
    }

    @Test
    void theFormPlansAMeetingOrSaysWhichRuleIsBroken() throws Exception {
        long gov = organization.unitsOf("620102006").stream().filter(u -> u.kind() == UnitKind.GOVERNMENT).findFirst().orElseThrow().id();
        String at = LocalDateTime.now(clock).plusDays(60).withHour(9).withMinute(0).withSecond(0).withNano(0).toString();
        java.util.function.IntFunction<org.springframework.test.web.servlet.RequestBuilder> form = speech ->
                post("/meetings").with(signIn.as("620102.housing.clerk")).with(csrf())
                        .param("title", "城关区老旧小区改造推进会").param("type", "SPECIAL").param("startsAt", at)
                        .param("plannedMinutes", "90").param("mainSpeechMinutes", String.valueOf(speech)).param("mode", "VIDEO")
                        .param("convener", "DEPUTY").param("attendeeLevel", "DEPUTY").param("videoRoom", "1203")
                        .param("invitedUnitIds", String.valueOf(gov));
        assertThat(mvc.perform(form.apply(90)).andReturn().getResponse().getContentAsString()).contains("主报告时长不得超过60分钟");
        MvcResult ok = mvc.perform(form.apply(30)).andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).startsWith("/meetings/");
        assertThat(page(ok.getResponse().getRedirectedUrl(), "620102006.gov.cadre")).contains("确认参会").contains("本单位会议室");
    }

    @Test
    void theMonthViewAndTheIcsExportAnswerForTheUnit() throws Exception {
        assertThat(page("/calendar/month?month=2026-06", "620102.gov-office.clerk")).contains("2026年6月日程").contains("导出到手机日历");
        assertThat(page("/calendar", "620102.gov-office.clerk")).contains("月视图");
        MvcResult ics = mvc.perform(get("/calendar.ics").with(signIn.as("620102.gov-office.clerk"))).andReturn();
        assertThat(ics.getResponse().getStatus()).isEqualTo(200);
        assertThat(ics.getResponse().getContentType()).startsWith("text/calendar");
        assertThat(ics.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR");
        assertThat(mvc.perform(get("/calendar/month?month=2026-13").with(signIn.as("620102.gov-office.clerk"))).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
    }
}
