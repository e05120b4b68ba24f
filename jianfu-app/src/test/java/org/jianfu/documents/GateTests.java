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

/** The 减负 gate at 签发: the length rule blocks, an explanation approved one level up lifts it (永登县). */
@JianfuTest
@Import(DocumentsDriver.class)
class GateTests {

    static final String CLERK = "620121.gov-office.clerk";
    static final String LEADER = "620121.gov-office.leader";
    static final String UPPER_OFFICE = "jfb.6201";

    @Autowired
    DocumentsDriver api;

    long signingDraft(String title, int characters) throws Exception {
        String body = "各乡镇要压实责任。".repeat(characters / 9 + 1);
        long id = api.createOk(CLERK, draft("NOTICE", title, body, List.of(api.unit("620121100", "gov").id()), false));
        api.stepOk(CLERK, id, "submit");
        api.stepOk(LEADER, id, "pass-review");
        return id;
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void pagesShowTheLastStoredCheckAndNeverWriteItInAGet() throws Exception {
        long id = api.createOk(CLERK, draft("NOTICE", "关于查重结果保存时机的通知", "各乡镇要做好秋收工作。",
                List.of(api.unit("620121100", "gov").id()), false));
        String checkedAt = "select checked_at::text from reuse.check_result where document_id = ?";
        String saved = jdbc.sql(checkedAt).param(id).query(String.class).single();
        assertThat(json(api.get(CLERK, "/api/v1/documents/" + id + "/gate"), "$.outcomes[?(@.check=='reuse')].summary"))
                .as("saving checked the draft").contains("复制比");

        // the text changes without a save through the flow (as an import would): pages say so and write nothing
        jdbc.sql("update documents.document set body = body || '请认真落实。' where id = ?").param(id).update();
        for (String page : List.of("/documents/" + id + "/edit", "/documents/" + id, "/documents/" + id + "/gate",
                "/api/v1/documents/" + id + "/gate", "/reuse/documents/" + id)) {
            assertThat(api.get(CLERK, page).getResponse().getStatus()).as(page).isEqualTo(200);
        }
        assertThat(api.get(CLERK, "/api/v1/documents/" + id + "/gate").getResponse().getContentAsString()).contains("尚未查重");
        assertThat(jdbc.sql(checkedAt).param(id).query(String.class).single()).as("no GET wrote a check").isEqualTo(saved);

        assertThat(json(api.post(CLERK, "/api/v1/documents/" + id + "/gate", "{}"), "$.outcomes[?(@.check=='reuse')].summary"))
                .contains("复制比");
        assertThat(api.get(CLERK, "/api/v1/documents/" + id + "/gate").getResponse().getContentAsString()).doesNotContain("尚未查重");
    }

    @Test
    void aTooLongSpecialDocumentIsBlockedUntilTheUpperBurdenOfficeApprovesTheExplanation() throws Exception {
        long id = signingDraft("关于加强农村人居环境整治的通知", 4100);
        MvcResult gate = api.get(CLERK, "/api/v1/documents/" + id + "/gate");
        assertThat(JsonPath.<List<String>>read(gate.getResponse().getContentAsString(), "$.outcomes[*].check"))
                .contains("length", "consistency", "quota");
        assertThat(json(gate, "$.outcomes[?(@.check=='length')].verdict")).contains("BLOCK");

        MvcResult refused = api.step(LEADER, id, "sign", "同意");
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(json(refused, "$.detail")).contains("篇幅").contains("超过专项文件上限 4000 字");

        assertThat(api.post(CLERK, "/api/v1/documents/" + id + "/explanations",
                "{\"check\":\"quota\",\"text\":\"本文件需要详细部署十项任务，无法压缩。\"}").getResponse().getStatus())
                .as("only blocked checks can be explained").isEqualTo(422);
        MvcResult written = api.post(CLERK, "/api/v1/documents/" + id + "/explanations",
                "{\"check\":\"length\",\"text\":\"本文件需要详细部署十项任务，无法压缩。\"}");
        assertThat(written.getResponse().getStatus()).isEqualTo(201);
        String explanation = "/api/v1/explanations/" + json(written, "$.id");

        assertThat(api.get(UPPER_OFFICE, "/").getResponse().getContentAsString()).contains("超限说明：关于加强农村人居环境整治的通知");
        assertThat(api.post("jfb.620121", explanation + "/decision", "{\"approve\":true}").getResponse().getStatus())
                .as("the own county's office is not one level up").isEqualTo(403);
        assertThat(api.post(CLERK, explanation + "/decision", "{\"approve\":true}").getResponse().getStatus()).isEqualTo(403);
        assertThat(api.get("jfb.6202", explanation).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.step(LEADER, id, "sign", "同意").getResponse().getStatus()).as("still pending").isEqualTo(422);

        MvcResult approved = api.post(UPPER_OFFICE, explanation + "/decision", "{\"approve\":true,\"comment\":\"同意\"}");
        assertThat(json(approved, "$.state")).isEqualTo("APPROVED");
        assertThat(api.post(UPPER_OFFICE, explanation + "/decision", "{\"approve\":false,\"comment\":\"再议\"}")
                .getResponse().getStatus()).as("decided once").isEqualTo(422);

        api.stepOk(LEADER, id, "sign");
        api.stepOk(CLERK, id, "issue");
        MvcResult details = api.get(CLERK, "/api/v1/documents/" + id);
        assertThat(JsonPath.<List<String>>read(details.getResponse().getContentAsString(), "$.history[*].action"))
                .contains("EXPLAIN", "APPROVE_EXPLANATION", "SIGN", "ISSUE");
    }

    @Test
    void aRefusedExplanationKeepsTheBlockAndNeedsAReason() throws Exception {
        long id = signingDraft("关于开展环境卫生大检查的通知", 4300);
        MvcResult written = api.post(CLERK, "/api/v1/documents/" + id + "/explanations",
                "{\"check\":\"length\",\"text\":\"内容较多，确需详细说明各项要求。\"}");
        String explanation = "/api/v1/explanations/" + json(written, "$.id");
        assertThat(api.post(UPPER_OFFICE, explanation + "/decision", "{\"approve\":false}").getResponse().getStatus())
                .isEqualTo(422);
        assertThat(json(api.post(UPPER_OFFICE, explanation + "/decision",
                "{\"approve\":false,\"comment\":\"请精简到4000字以内\"}"), "$.state")).isEqualTo("REFUSED");
        MvcResult refused = api.step(LEADER, id, "sign", "同意");
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(json(refused, "$.detail")).contains("超限说明未获批准");
    }

    @Test
    void theConsistencyReviewWarnsAboutDemandsOnLowerLevels() throws Exception {
        String json = draft("NOTICE", "关于报送落实情况的通知", "请于月底前报送。", List.of(api.unit("620121100", "gov").id()),
                false).replace("\"reviewAnswers\":[]", "\"reviewAnswers\":[\"reports\",\"traces\"]");
        long id = api.createOk(CLERK, json);
        MvcResult gate = api.get(CLERK, "/api/v1/documents/" + id + "/gate");
        assertThat(json(gate, "$.outcomes[?(@.check=='consistency')].verdict")).contains("WARN");
        assertThat(json(gate, "$.outcomes[?(@.check=='consistency')].summary")).contains("留痕材料");
    }
}
