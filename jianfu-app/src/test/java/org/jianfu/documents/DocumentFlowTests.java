package org.jianfu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianfu.documents.DocumentsDriver.draft;
import static org.jianfu.documents.DocumentsDriver.json;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MvcResult;

/** 起草 → 核稿 → 签发 → 印发 → 签收 → 阅知/办理, with every refusal, in 西固区. */
@JianfuTest
@Import(DocumentsDriver.class)
class DocumentFlowTests {

    static final String CLERK = "620104.gov-office.clerk";
    static final String LEADER = "620104.gov-office.leader";
    static final String TOWNSHIP_CLERK = "620104001.gov.clerk";
    static final String TOWNSHIP_CADRE = "620104001.gov.cadre";

    @Autowired
    DocumentsDriver api;

    long township() {
        return api.unit("620104001", "gov").id();
    }

    String notice(String title) {
        return draft("NOTICE", title, "一、总体要求\\n各街道要认真做好有关工作。", List.of(township()), false);
    }

    @Test
    void noOneReviewsTheirOwnDraft() throws Exception {
        long id = api.createOk(CLERK, notice("关于做好秋季防汛工作的通知"));
        api.stepOk(CLERK, id, "submit");
        MvcResult own = api.step(CLERK, id, "pass-review", null);
        assertThat(own.getResponse().getStatus()).isEqualTo(422);
        assertThat(own.getResponse().getContentAsString()).contains("不能核稿本人起草或提交的公文");
        assertThat(api.get(CLERK, "/").getResponse().getContentAsString()).doesNotContain("关于做好秋季防汛工作的通知");
        assertThat(api.get(LEADER, "/").getResponse().getContentAsString()).contains("关于做好秋季防汛工作的通知");
        api.stepOk(LEADER, id, "pass-review");
    }

    @Test
    void aNoticeGoesFromDraftToReadAndEveryStepIsRecorded() throws Exception {
        long id = api.createOk(CLERK, notice("关于做好春季森林防火工作的通知"));
        api.stepOk(CLERK, id, "submit");
        api.stepOk(LEADER, id, "pass-review");
        api.stepOk(LEADER, id, "sign");
        MvcResult issued = api.step(CLERK, id, "issue", null);
        assertThat(issued.getResponse().getStatus()).isEqualTo(200);
        String number = json(issued, "$.document.documentNumber");
        assertThat(number).matches("西固政办发〔\\d{4}〕\\d+号");
        assertThat(json(issued, "$.document.direction")).isEqualTo("DOWNWARD");

        MvcResult inbox = api.get(TOWNSHIP_CADRE, "/api/v1/documents/inbox");
        List<Integer> ids = JsonPath.read(inbox.getResponse().getContentAsString(), "$[*].documentId");
        assertThat(ids.getFirst()).isEqualTo((int) id);
        assertThat(json(inbox, "$[0].stateLabel")).isEqualTo("待签收");

        assertThat(api.post(TOWNSHIP_CADRE, "/api/v1/documents/" + id + "/sign-for", null).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(api.post(TOWNSHIP_CLERK, "/api/v1/documents/" + id + "/sign-for", null).getResponse().getStatus())
                .as("signed for once per unit").isEqualTo(422);
        assertThat(api.post(TOWNSHIP_CLERK, "/api/v1/documents/" + id + "/handled", "{\"comment\":\"已部署\"}")
                .getResponse().getStatus()).isEqualTo(200);

        MvcResult receipts = api.get(CLERK, "/api/v1/documents/" + id + "/receipts");
        assertThat(json(receipts, "$[0].stateLabel")).isEqualTo("已办结");
        assertThat(json(receipts, "$[0].signedAt")).isNotEqualTo("null");

        MvcResult details = api.get(CLERK, "/api/v1/documents/" + id);
        List<String> actions = JsonPath.read(details.getResponse().getContentAsString(), "$.history[*].action");
        assertThat(actions).containsExactly("CREATE", "SUBMIT", "PASS_REVIEW", "SIGN", "ISSUE", "SIGN_FOR", "HANDLE");
        List<String> who = JsonPath.read(details.getResponse().getContentAsString(), "$.history[*].actorName");
        assertThat(who.get(3)).contains("西固区人民政府办公室");
    }

    @Test
    void eachStepRefusesTheWrongRoleAndTheWrongState() throws Exception {
        assertThat(api.create(LEADER, notice("领导起草")).getResponse().getStatus()).isEqualTo(403);
        long id = api.createOk(CLERK, notice("关于开展安全生产检查的通知"));
        assertThat(api.step(CLERK, id, "sign", null).getResponse().getStatus()).as("clerk signs").isEqualTo(403);
        assertThat(api.step(CLERK, id, "issue", null).getResponse().getStatus()).as("issue a draft").isEqualTo(422);
        assertThat(api.step(LEADER, id, "submit", null).getResponse().getStatus()).isEqualTo(403);
        api.stepOk(CLERK, id, "submit");
        assertThat(api.step(LEADER, id, "sign", null).getResponse().getStatus()).as("sign before review").isEqualTo(422);
        api.stepOk(LEADER, id, "pass-review");
        assertThat(api.step("620104.edu.leader", id, "sign", null).getResponse().getStatus())
                .as("another unit's leader cannot see a draft").isEqualTo(404);
        assertThat(api.get(TOWNSHIP_CLERK, "/api/v1/documents/" + id).getResponse().getStatus())
                .as("addressees see it only once issued").isEqualTo(404);
        assertThat(api.post(TOWNSHIP_CLERK, "/api/v1/documents/" + id + "/sign-for", null).getResponse().getStatus())
                .isEqualTo(404);
        api.stepOk(LEADER, id, "sign");
        assertThat(api.step(LEADER, id, "issue", null).getResponse().getStatus()).as("leader issues").isEqualTo(403);
        api.stepOk(CLERK, id, "issue");
        assertThat(api.get("620105.gov-office.clerk", "/api/v1/documents/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.get("620105001.gov.cadre", "/api/v1/documents/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.post(LEADER, "/api/v1/documents/" + id + "/sign-for", null).getResponse().getStatus())
                .as("the issuer is no addressee").isEqualTo(403);
    }

    @Test
    void submittingNeedsTheConsistencyReviewAndTheAddressees() throws Exception {
        String json = draft("NOTICE", "关于报送材料的通知", "正文", List.of(), false).replace("\"reviewConfirmed\":true",
                "\"reviewConfirmed\":false");
        long id = api.createOk(CLERK, json);
        MvcResult r = api.step(CLERK, id, "submit", null);
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        assertThat(json(r, "$.detail")).contains("主送单位").contains("减负一致性评估");
    }

    @Test
    void returnNeedsACommentAndGoesBackToDraftFromEveryStep() throws Exception {
        long id = api.createOk(CLERK, notice("关于退回测试的通知"));
        api.stepOk(CLERK, id, "submit");
        assertThat(api.step(LEADER, id, "return", null).getResponse().getStatus()).isEqualTo(422);
        assertThat(api.step(CLERK, id, "return", "改").getResponse().getStatus()).as("the drafter does not review").isEqualTo(422);
        assertThat(json(api.step(LEADER, id, "return", "请补充时间要求"), "$.document.state")).isEqualTo("DRAFT");
        api.stepOk(CLERK, id, "submit");
        api.stepOk(LEADER, id, "pass-review");
        assertThat(api.step(CLERK, id, "return", "改").getResponse().getStatus()).as("only the leader returns at 签发")
                .isEqualTo(422);
        MvcResult back = api.step(LEADER, id, "return", "篇幅过长，请压缩");
        assertThat(json(back, "$.document.state")).isEqualTo("DRAFT");
        List<String> comments = JsonPath.read(back.getResponse().getContentAsString(), "$.history[?(@.action=='RETURN')].comment");
        assertThat(comments).containsExactly("请补充时间要求", "篇幅过长，请压缩");
        api.stepOk(CLERK, id, "submit");
        api.stepOk(LEADER, id, "pass-review");
        api.stepOk(LEADER, id, "sign");
        assertThat(json(api.step(CLERK, id, "return", "附件不全"), "$.document.state")).isEqualTo("DRAFT");
    }

    @Test
    void recallWorksBeforeTheNextStepAndAfterIssueOnlyUntilSomeoneSignsFor() throws Exception {
        long id = api.createOk(CLERK, notice("关于收回测试的通知"));
        api.stepOk(CLERK, id, "submit");
        api.stepOk(LEADER, id, "pass-review");
        assertThat(json(api.step(CLERK, id, "recall", null), "$.document.state")).isEqualTo("DRAFT");
        assertThat(api.step(CLERK, id, "recall", null).getResponse().getStatus()).isEqualTo(422);

        long out = api.issued(CLERK, LEADER, notice("关于印发后收回的通知"));
        assertThat(json(api.step(CLERK, out, "recall", "主送有误"), "$.document.state")).isEqualTo("WITHDRAWN");
        // still in the recipients' inbox, as 已收回: nothing to sign for, and they see why
        List<String> labels = JsonPath.read(api.get(TOWNSHIP_CLERK, "/api/v1/documents/inbox").getResponse()
                .getContentAsString(), "$[?(@.documentId == " + out + ")].stateLabel");
        assertThat(labels).containsExactly("已收回");
        assertThat(api.post(TOWNSHIP_CLERK, "/api/v1/documents/" + out + "/sign-for", null).getResponse().getStatus())
                .isEqualTo(403);

        long signed = api.issued(CLERK, LEADER, notice("关于已签收不能收回的通知"));
        api.post(TOWNSHIP_CLERK, "/api/v1/documents/" + signed + "/sign-for", null);
        MvcResult r = api.step(CLERK, signed, "recall", null);
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        assertThat(json(r, "$.detail")).contains("已有单位签收");
    }

    @Test
    void addresseesCanSendBackBeforeSigningAndTheIssuerRemindsAtMostOnceADay() throws Exception {
        long other = api.unit("620104002", "gov").id();
        long id = api.issued(CLERK, LEADER, draft("NOTICE", "关于提醒测试的通知", "正文内容", List.of(township(), other), false));
        assertThat(json(api.post(CLERK, "/api/v1/documents/" + id + "/remind", null), "$.reminded")).isEqualTo("2");
        assertThat(api.post(CLERK, "/api/v1/documents/" + id + "/remind", null).getResponse().getStatus()).isEqualTo(422);
        assertThat(api.get(TOWNSHIP_CADRE, "/").getResponse().getContentAsString()).contains("关于提醒测试的通知")
                .contains("发文单位已提醒");
        assertThat(api.post(TOWNSHIP_CLERK, "/api/v1/documents/" + id + "/refuse", "{\"comment\":\"非本单位职责\"}")
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(api.post(TOWNSHIP_CLERK, "/api/v1/documents/" + id + "/sign-for", null).getResponse().getStatus())
                .isEqualTo(422);
        MvcResult receipts = api.get(CLERK, "/api/v1/documents/" + id + "/receipts");
        List<String> states = JsonPath.read(receipts.getResponse().getContentAsString(), "$[*].stateLabel");
        assertThat(states).containsExactlyInAnyOrder("已退文", "待签收");
    }
}
