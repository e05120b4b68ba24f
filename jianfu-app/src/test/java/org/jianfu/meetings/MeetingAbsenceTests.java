package org.jianfu.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
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

/** 请假 / 替会 (七里河区): an invited township asks, the organiser decides with a reason when refusing. */
@JianfuTest
class MeetingAbsenceTests {

    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    Organization organization;

    MvcResult json(String user, String url, String body) throws Exception {
        return mvc.perform(post(url).with(signIn.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn();
    }

    String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anInvitedUnitSendsASubstituteWithTheOrganisersApproval() throws Exception {
        String township = organization.children("620103").getFirst().code();
        Unit gov = organization.unitsOf(township).stream().filter(u -> u.kind() == UnitKind.GOVERNMENT).findFirst().orElseThrow();
        LocalDateTime day = LocalDateTime.now(clock).plusDays(20).withHour(9).withMinute(0).withSecond(0).withNano(0);
        MvcResult planned = json("620103.emergency.clerk", "/api/v1/meetings", """
                {"title":"七里河区汛前安全检查部署会","type":"SPECIAL","startsAt":"%s","plannedMinutes":60,"mainSpeechMinutes":20,
                 "mode":"HYBRID","reach":["TOWNSHIP"],"convener":"DEPUTY","attendeeLevel":"DEPUTY","venue":"区政府三楼会议室",
                 "videoRoom":"甘肃省政务视频会议系统 1203 室","invitedUnitIds":[%d],"receivingSiteUnitIds":[],"overQuotaReason":null}"""
                .formatted(day, gov.id()));
        assertThat(planned.getResponse().getStatus()).as(body(planned)).isEqualTo(201);
        long meeting = ((Number) JsonPath.read(body(planned), "$.id")).longValue();
        String cadre = township + ".gov.cadre";
        String url = "/api/v1/meetings/" + meeting + "/absence";

        assertThat(body(json(cadre, url, "{\"kind\":\"SUBSTITUTE\",\"reason\":\"主要负责同志参加市里防汛会议\"}")))
                .contains("请填写替会人员姓名和职务");
        assertThat(body(json(cadre, url, "{\"kind\":\"LEAVE\",\"reason\":\" \"}"))).contains("请填写请假或替会的理由");
        MvcResult asked = json(cadre, url,
                "{\"kind\":\"SUBSTITUTE\",\"reason\":\"主要负责同志参加市里防汛会议\",\"substitute\":\"王强（副镇长）\"}");
        assertThat(asked.getResponse().getStatus()).as(body(asked)).isEqualTo(201);
        assertThat(body(json(cadre, url, "{\"kind\":\"LEAVE\",\"reason\":\"再次\"}"))).contains("不能重复提出");
        assertThat(json("620102.gov-office.clerk", url, "{\"kind\":\"LEAVE\",\"reason\":\"未受邀\"}").getResponse().getStatus())
                .isIn(403, 404);

        String decision = "/api/v1/meetings/" + meeting + "/absences/" + gov.id() + "/decision";
        assertThat(json(cadre, decision, "{\"approve\":true}").getResponse().getStatus()).as("not the organiser").isEqualTo(403);
        assertThat(body(json("620103.emergency.clerk", decision, "{\"approve\":false,\"note\":\"\"}"))).contains("请填写不批准的理由");
        MvcResult approved = json("620103.emergency.clerk", decision, "{\"approve\":true,\"note\":\"同意\"}");
        assertThat(JsonPath.<String>read(body(approved), "$.state")).isEqualTo("APPROVED");
        String page = body(mvc.perform(get("/meetings/" + meeting).with(signIn.as("620103.emergency.clerk"))).andReturn());
        assertThat(page).contains("请假与替会").contains("替会：王强（副镇长）（已批准）");
    }
}
