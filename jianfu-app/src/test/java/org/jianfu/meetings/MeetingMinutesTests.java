package org.jianfu.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianfu.documents.DocumentsDriver.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.jianfu.documents.DocumentsDriver;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** 会议纪要 issued as a 公文, in 皋兰县: drafted from a held meeting, once, by the organiser only, then issued. */
@JianfuTest
class MeetingMinutesTests {

    /** the application clock (fixed in tests: never today) */
    @Autowired
    java.time.Clock clock;

    static final String CLERK = "620122.civil.clerk";
    static final String LEADER = "620122.civil.leader";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    DocumentsDriver api;

    @Autowired
    Organization organization;

    @Autowired
    JdbcClient jdbc;

    Unit township(int index) {
        return api.unit(organization.children("620122").get(index).code(), "gov");
    }

    long plan(String title, List<Long> invited) throws Exception {
        String body = """
                {"title":"%s","type":"SPECIAL","startsAt":"%s","plannedMinutes":90,"mainSpeechMinutes":20,
                 "mode":"HYBRID","reach":["TOWNSHIP"],"convener":"DEPUTY","attendeeLevel":"DEPUTY","venue":"县民政局二楼会议室",
                 "videoRoom":"甘肃省政务视频会议系统 2207 室","agenda":"一、通报冬季救助进展\\n二、部署困难群众排查",
                 "invitedUnitIds":%s,"receivingSiteUnitIds":[],"overQuotaReason":null}"""
                .formatted(title, LocalDateTime.now(clock).plusMinutes(30).withSecond(0).withNano(0), invited);
        MvcResult r = mvc.perform(post("/api/v1/meetings").with(signIn.as(CLERK)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        return ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue();
    }

    /** The meeting started an hour ago: the organiser may now mark it held. */
    void startedAnHourAgo(long meetingId) {
        jdbc.sql("update meetings.meeting set starts_at = ? where id = ?")
                .params(Timestamp.valueOf(LocalDateTime.now(clock).minusHours(1)), meetingId).update();
    }

    MvcResult minutes(String user, long meetingId) throws Exception {
        return api.post(user, "/api/v1/meetings/" + meetingId + "/minutes", null);
    }

    static String escaped(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    @Test
    void theOrganisersClerkDraftsTheMinutesOnceAndTheyIssueThroughTheNormalFlow() throws Exception {
        api.lastYearsDocuments(CLERK); // the minutes go out as a 公文 under 只减不增: last year's count gives room
        Unit came = township(0);
        Unit absent = township(1);
        long meeting = plan("皋兰县冬季救助工作推进会", List.of(came.id(), absent.id()));

        MvcResult early = minutes(CLERK, meeting);
        assertThat(early.getResponse().getStatus()).isEqualTo(422);
        assertThat(early.getResponse().getContentAsString()).contains("会议尚未召开").contains("召开后才能起草会议纪要");

        String cadre = came.divisionCode() + ".gov.cadre";
        assertThat(api.post(cadre, "/api/v1/meetings/" + meeting + "/sign-in", null).getResponse().getStatus()).isEqualTo(200);
        startedAnHourAgo(meeting);
        assertThat(api.post(CLERK, "/api/v1/meetings/" + meeting + "/held", null).getResponse().getStatus()).isEqualTo(200);
        assertThat(api.get(CLERK, "/meetings/" + meeting).getResponse().getContentAsString()).contains("起草会议纪要");

        MvcResult first = minutes(CLERK, meeting);
        assertThat(first.getResponse().getStatus()).as(first.getResponse().getContentAsString()).isEqualTo(201);
        long documentId = Long.parseLong(json(first, "$.documentId"));
        assertThat(first.getResponse().getHeader("Location")).isEqualTo("/api/v1/documents/" + documentId);
        MvcResult again = minutes(CLERK, meeting);
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat(json(again, "$.documentId")).isEqualTo(String.valueOf(documentId));
        assertThat(json(minutes(LEADER, meeting), "$.documentId")).as("the leader is shown the same one")
                .isEqualTo(String.valueOf(documentId));
        assertThat(mvc.perform(post("/meetings/" + meeting + "/minutes-document").with(signIn.as(CLERK)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/documents/" + documentId + "/edit");

        MvcResult doc = api.get(CLERK, "/api/v1/documents/" + documentId);
        assertThat(json(doc, "$.document.kind")).isEqualTo("MINUTES");
        assertThat(json(doc, "$.document.state")).isEqualTo("DRAFT");
        assertThat(json(doc, "$.document.title")).isEqualTo("皋兰县冬季救助工作推进会纪要");
        List<Integer> recipients = JsonPath.read(doc.getResponse().getContentAsString(), "$.document.mainRecipientIds");
        assertThat(recipients).as("every invited unit, also the one that did not come")
                .containsExactlyInAnyOrder((int) came.id(), (int) absent.id());
        String body = json(doc, "$.document.body");
        String organiser = api.unit("620122", "civil").name();
        assertThat(body).contains("主办单位：" + organiser).contains("会议地点：县民政局二楼会议室")
                .contains("视频会议室：甘肃省政务视频会议系统 2207 室").contains("出席单位：" + came.name())
                .contains("未签到单位：" + absent.name()).contains("二、部署困难群众排查").contains("会议议定事项");
        assertThat(jdbc.sql("select count(*) from documents.document where title = '皋兰县冬季救助工作推进会纪要'")
                .query(Long.class).single()).isEqualTo(1);

        String page = api.get(CLERK, "/meetings/" + meeting).getResponse().getContentAsString();
        assertThat(page).contains("会议纪要公文").contains("起草中").contains("/documents/" + documentId + "/edit")
                .doesNotContain("起草会议纪要");

        // the clerk edits the starting text and answers the consistency review, then the usual flow
        String edited = body.replace("一、\n二、\n三、\n", "一、各乡镇于12月10日前完成困难群众排查。\n");
        MvcResult saved = api.put(CLERK, "/api/v1/documents/" + documentId, """
                {"kind":"MINUTES","title":"皋兰县冬季救助工作推进会纪要","body":"%s","comprehensive":false,
                 "mainRecipientIds":[%d,%d],"copyRecipientIds":[],"reviewAnswers":[],"reviewConfirmed":true}"""
                .formatted(escaped(edited), came.id(), absent.id()));
        assertThat(saved.getResponse().getStatus()).as(saved.getResponse().getContentAsString()).isEqualTo(200);
        api.stepOk(CLERK, documentId, "submit");
        api.stepOk(LEADER, documentId, "pass-review");
        api.stepOk(LEADER, documentId, "sign");
        MvcResult issued = api.step(CLERK, documentId, "issue", null);
        assertThat(issued.getResponse().getStatus()).as(issued.getResponse().getContentAsString()).isEqualTo(200);
        String number = json(issued, "$.document.documentNumber");

        assertThat(api.get(CLERK, "/meetings/" + meeting).getResponse().getContentAsString())
                .contains("已印发").contains("文号 " + number);
        assertThat(api.get(absent.divisionCode() + ".gov.cadre", "/meetings/" + meeting).getResponse().getContentAsString())
                .as("an invited unit sees the issued minutes").contains("已印发").contains("/documents/" + documentId);
        assertThat(api.get(absent.divisionCode() + ".gov.cadre", "/api/v1/documents/" + documentId).getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void otherUnitsAreRefusedAndNothingIsDrafted() throws Exception {
        Unit gov = township(2);
        long meeting = plan("皋兰县养老服务推进会", List.of(gov.id()));
        startedAnHourAgo(meeting);
        assertThat(api.post(CLERK, "/api/v1/meetings/" + meeting + "/held", null).getResponse().getStatus()).isEqualTo(200);

        MvcResult sameCounty = minutes("620122.edu.clerk", meeting);
        assertThat(sameCounty.getResponse().getStatus()).isEqualTo(404);
        MvcResult invited = minutes(gov.divisionCode() + ".gov.clerk", meeting);
        assertThat(invited.getResponse().getStatus()).isEqualTo(422);
        assertThat(invited.getResponse().getContentAsString()).contains("只有主办单位可以起草会议纪要");
        assertThat(minutes("620103.civil.clerk", meeting).getResponse().getStatus()).isEqualTo(404);
        MvcResult leader = minutes(LEADER, meeting);
        assertThat(leader.getResponse().getStatus()).isEqualTo(422);
        assertThat(leader.getResponse().getContentAsString()).contains("由本单位文书起草");
        assertThat(minutes(gov.divisionCode() + ".gov.cadre", meeting).getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from meetings.minutes_document where meeting_id = ?").param(meeting)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCancelledMeetingHasNoMinutes() throws Exception {
        long meeting = plan("皋兰县社会救助培训会", List.of(township(3).id()));
        assertThat(api.post(CLERK, "/api/v1/meetings/" + meeting + "/cancellation", null).getResponse().getStatus())
                .isEqualTo(200);
        MvcResult r = minutes(CLERK, meeting);
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        assertThat(r.getResponse().getContentAsString()).contains("会议已取消，不能起草会议纪要");
    }

    @Test
    void aMeetingWhoseStartHasPassedNeedsNoHeldTapAndConfirmationsStandInForSignIns() throws Exception {
        Unit gov = township(0);
        long meeting = plan("皋兰县临时救助资金调度会", List.of(gov.id()));
        assertThat(api.post(gov.divisionCode() + ".gov.clerk", "/api/v1/meetings/" + meeting + "/confirmation", null)
                .getResponse().getStatus()).isEqualTo(200);
        startedAnHourAgo(meeting);
        MvcResult r = minutes(CLERK, meeting);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        String body = json(api.get(CLERK, "/api/v1/documents/" + json(r, "$.documentId")), "$.document.body");
        assertThat(body).contains("出席单位（据参会确认，请核对）：" + gov.name()).doesNotContain("未签到单位");
    }
}
