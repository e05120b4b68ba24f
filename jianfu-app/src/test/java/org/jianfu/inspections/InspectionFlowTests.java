package org.jianfu.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.YearMonth;
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

/** Plan approval and refusal, 留痕 flags, scheduling only from approved plans, the monthly cap, results, joint inspections, scope. */
@JianfuTest
class InspectionFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    Organization organization;

    @Autowired
    Inspections inspections;

    List<Long> townshipGovs(String county, int n) {
        return organization.children(county).stream().flatMap(t -> organization.unitsOf(t.code()).stream())
                .filter(u -> u.kind() == UnitKind.GOVERNMENT).limit(n).map(Unit::id).toList();
    }

    MvcResult postJson(String url, String user, String body) throws Exception {
        return mvc.perform(post(url).with(signIn.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
    }

    String item(String title, List<Long> targets, String from, String to, String materials) {
        return """
                {"title":"%s","purpose":"了解落实情况","comprehensive":false,"targetUnitIds":%s,"windowFrom":"%s",
                 "windowTo":"%s","method":"实地查看","materials":"%s","onSite":true}""".formatted(title, targets, from, to, materials);
    }

    static long num(MvcResult r, String path) throws Exception {
        return ((Number) JsonPath.read(r.getResponse().getContentAsString(), path)).longValue();
    }

    @Test
    void onlyAnApprovedPlanAllowsSchedulingWithinItsWindowAndTheMonthlyCap() throws Exception {
        List<Long> towns = townshipGovs("620103", 5);
        String clerk = "620103.transport.clerk";
        MvcResult added = postJson("/api/v1/inspections/plan-items", clerk, item("农村公路养护检查", towns, "2027-03-01", "2027-03-31", ""));
        assertThat(added.getResponse().getStatus()).as(added.getResponse().getContentAsString()).isEqualTo(201);
        long itemId = num(added, "$.id");
        long planId = num(added, "$.planId");
        String schedule = "{\"itemId\":%d,\"date\":\"2027-03-%02d\",\"targetUnitIds\":[%d],\"onSite\":true}";

        MvcResult early = postJson("/api/v1/inspections", clerk, schedule.formatted(itemId, 10, towns.getFirst()));
        assertThat(early.getResponse().getStatus()).isEqualTo(422);
        assertThat(early.getResponse().getContentAsString()).contains("计划未经减负办批准备案");

        assertThat(postJson("/api/v1/inspections/plans/" + planId + "/submission", clerk, "").getResponse().getStatus()).isEqualTo(200);
        assertThat(postJson("/api/v1/inspections/plans/" + planId + "/decision", "jfb.620102", "{\"approve\":true}")
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(postJson("/api/v1/inspections/plans/" + planId + "/decision", "jfb.620103", "{\"approve\":true}")
                .getResponse().getStatus()).isEqualTo(200);

        MvcResult outside = postJson("/api/v1/inspections", clerk, schedule.formatted(itemId, 10, towns.getFirst()).replace("2027-03-10", "2027-04-10"));
        assertThat(outside.getResponse().getContentAsString()).contains("时间窗口");
        long firstVisit = 0;
        for (int i = 0; i < 4; i++) {
            MvcResult ok = postJson("/api/v1/inspections", clerk, schedule.formatted(itemId, 10 + i, towns.get(i)));
            assertThat(ok.getResponse().getStatus()).as(ok.getResponse().getContentAsString()).isEqualTo(201);
            firstVisit = i == 0 ? num(ok, "$.id") : firstVisit;
        }
        MvcResult capped = postJson("/api/v1/inspections", clerk, schedule.formatted(itemId, 20, towns.get(4)));
        assertThat(capped.getResponse().getStatus()).isEqualTo(422);
        assertThat(capped.getResponse().getContentAsString()).contains("七里河区3月已安排现场督查检查4次，达到每月上限4次");

        String cadre = organization.unit(towns.getFirst()).map(u -> u.divisionCode() + ".gov.cadre").orElseThrow();
        assertThat(mvc.perform(get("/api/v1/calendar?week=2027-03-10").with(signIn.as(cadre))).andReturn().getResponse()
                .getContentAsString()).contains("农村公路养护检查").contains("督查检查");
        // a meeting the same day: the department is told on its inspection's page
        MvcResult meeting = postJson("/api/v1/meetings", "620103.agri.clerk", """
                {"title":"七里河区春播工作会议","type":"SPECIAL","startsAt":"2027-03-10T14:30","plannedMinutes":60,
                 "mainSpeechMinutes":20,"mode":"VIDEO","reach":["TOWNSHIP"],"convener":"DEPUTY","attendeeLevel":"DEPUTY",
                 "videoRoom":"1101","invitedUnitIds":[%d],"receivingSiteUnitIds":[%d]}""".formatted(towns.getFirst(), towns.getFirst()));
        assertThat(meeting.getResponse().getStatus()).as(meeting.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(mvc.perform(get("/inspections/" + firstVisit).with(signIn.as(clerk))).andReturn().getResponse()
                .getContentAsString()).contains("被检查单位当天另有安排").contains("七里河区春播工作会议");
        assertThat(inspections.hostedBelow("620103", YearMonth.of(2027, 3))).hasSize(4)
                .allSatisfy(h -> assertThat(h.onSite()).isEqualTo(1));
    }

    @Test
    void paperTrailItemsAreFlaggedAndBlockSubmissionAndARefusedPlanIsMarked() throws Exception {
        List<Long> towns = townshipGovs("620103", 2);
        MvcResult flagged = postJson("/api/v1/inspections/plan-items", "620103.water.clerk",
                item("河长制落实检查", towns, "2027-05-01", "2027-05-31", "巡河记录本、工作照片"));
        assertThat(JsonPath.<List<String>>read(flagged.getResponse().getContentAsString(), "$.paperTrail")).containsExactly("照片", "记录本");
        long planId = num(flagged, "$.planId");
        MvcResult blocked = postJson("/api/v1/inspections/plans/" + planId + "/submission", "620103.water.clerk", "");
        assertThat(blocked.getResponse().getStatus()).isEqualTo(422);
        assertThat(blocked.getResponse().getContentAsString()).contains("以留痕材料作为考核依据：照片、记录本");

        MvcResult clean = postJson("/api/v1/inspections/plan-items", "620103.land.clerk", item("耕地保护检查", towns, "2027-06-01", "2027-06-30", ""));
        long cleanPlan = num(clean, "$.planId");
        postJson("/api/v1/inspections/plans/" + cleanPlan + "/submission", "620103.land.clerk", "");
        MvcResult refused = postJson("/api/v1/inspections/plans/" + cleanPlan + "/decision", "jfb.620103", "{\"approve\":false,\"note\":\"与自然资源督察重复\"}");
        assertThat(JsonPath.<String>read(refused.getResponse().getContentAsString(), "$.state")).isEqualTo("REFUSED");
        assertThat(mvc.perform(get("/inspections/plans/" + cleanPlan).with(signIn.as("620103.land.clerk")))
                .andReturn().getResponse().getContentAsString()).contains("已退回").contains("与自然资源督察重复");
    }

    @Test
    void aFlaggedItemIsEditedOrDeletedOnThePlanPageSoThePlanCanBeSubmitted() throws Exception {
        String clerk = "620103.health.clerk";
        List<Long> towns = townshipGovs("620103", 2);
        MvcResult flagged = postJson("/api/v1/inspections/plan-items", clerk,
                item("家庭医生签约服务检查", towns, "2027-08-01", "2027-08-31", "签约台账、入户照片"));
        long itemId = num(flagged, "$.id");
        long planId = num(flagged, "$.planId");
        long doomed = num(postJson("/api/v1/inspections/plan-items", clerk,
                item("健康档案检查", towns, "2027-09-01", "2027-09-30", "工作照片")), "$.id");

        String plan = mvc.perform(get("/inspections/plans/" + planId).with(signIn.as(clerk))).andReturn().getResponse()
                .getContentAsString();
        assertThat(plan).contains("/inspections/plan-items/" + itemId + "/edit")
                .contains("/inspections/plan-items/" + doomed + "/delete").contains("data-confirm=");
        assertThat(mvc.perform(get("/inspections/plan-items/" + itemId + "/edit").with(signIn.as(clerk))).andReturn()
                .getResponse().getContentAsString()).contains("家庭医生签约服务检查").contains("入户照片");
        // another department cannot reach the item
        assertThat(mvc.perform(get("/inspections/plan-items/" + itemId + "/edit").with(signIn.as("620103.water.clerk")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        var edit = post("/inspections/plan-items/" + itemId).with(signIn.as(clerk)).with(csrf())
                .param("title", "家庭医生签约服务检查").param("purpose", "了解签约服务质量")
                .param("windowFrom", "2027-08-01").param("windowTo", "2027-08-31").param("method", "随机走访签约群众")
                .param("materials", "调用已有签约数据").param("onSite", "true");
        for (Long town : towns) {
            edit.param("targetUnitIds", String.valueOf(town));
        }
        MvcResult saved = mvc.perform(edit).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/inspections/plans/" + planId);
        assertThat(saved.getFlashMap().get("ok")).asString().contains("已修改");

        MvcResult deleted = mvc.perform(post("/inspections/plan-items/" + doomed + "/delete").with(signIn.as(clerk))
                .with(csrf())).andReturn();
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/inspections/plans/" + planId);

        assertThat(postJson("/api/v1/inspections/plans/" + planId + "/submission", clerk, "").getResponse().getStatus())
                .isEqualTo(200);
        // once submitted, the items are fixed
        assertThat(mvc.perform(get("/inspections/plans/" + planId).with(signIn.as(clerk))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("/inspections/plan-items/" + itemId + "/edit");
    }

    @Test
    void theBurdenOfficeJoinsOverlappingVisitsAndResultsReachTheInspectedUnitOnly() throws Exception {
        String proposals = mvc.perform(get("/api/v1/inspections/joint-proposals").with(signIn.as("jfb.620102")))
                .andReturn().getResponse().getContentAsString();
        List<Integer> firsts = JsonPath.read(proposals, "$[*][0].id");
        assertThat(firsts).isNotEmpty();
        int first = firsts.getFirst();
        String joined = postJson("/api/v1/inspections/joint-proposals/" + first + "/acceptance", "jfb.620102", "")
                .getResponse().getContentAsString();
        List<String> dates = JsonPath.read(joined, "$[*].scheduledOn");
        assertThat(dates).hasSizeGreaterThan(1).containsOnly(dates.getFirst());
        assertThat(JsonPath.<List<Object>>read(joined, "$[*].jointId")).doesNotContainNull();

        long inspectionId = first;
        String department = organization.unit(((Number) JsonPath.read(joined, "$[0].departmentUnitId")).longValue())
                .map(u -> u.divisionCode() + "." + u.unitKey() + ".clerk").orElseThrow();
        long target = ((Number) JsonPath.read(joined, "$[0].targetUnitIds[0]")).longValue();
        String cadre = organization.unit(target).map(u -> u.divisionCode() + ".gov.cadre").orElseThrow();
        assertThat(postJson("/api/v1/inspections/" + inspectionId + "/result", department,
                "{\"findings\":\"应急预案未更新\",\"rectification\":\"两周内修订\"}").getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/inspections/" + inspectionId).with(signIn.as(cadre))).andReturn().getResponse()
                .getContentAsString()).contains("应急预案未更新").contains("两周内修订");
        assertThat(mvc.perform(get("/api/v1/inspections/" + inspectionId).with(signIn.as("620103.gov.clerk")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/inspections/joint-proposals").with(signIn.as("jfb.620103")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("\"id\":" + inspectionId + ",");
    }
}
