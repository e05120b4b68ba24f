package org.jianfu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianfu.documents.DocumentsDriver.draft;
import static org.jianfu.documents.DocumentsDriver.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * 意见 on 核稿 and 签发 with the 发文稿纸, and 收文办理 (登记, 拟办, 批办, 传阅/阅示, 承办 with a deadline in working
 * days, 转办, 催办, 办结) over the API and the pages: 皋兰县政府办公室 issues to its first township. The test clock
 * is Monday 2026-06-15; 端午节 (06-19 to 06-21) is in the seeded calendar.
 */
@JianfuTest
class IncomingHandlingTests {

    static final String CLERK = "620122.gov-office.clerk";
    static final String LEADER = "620122.gov-office.leader";

    @Autowired
    DocumentsDriver api;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    String township(String role) {
        return api.townshipGovernment("620122").divisionCode() + ".gov." + role;
    }

    long accountId(String username) {
        return api.actor(username).accountId();
    }

    long issuedToTownship(String title) throws Exception {
        return api.issued(CLERK, LEADER, draft("NOTICE", title, "各乡镇：请认真抓好落实。",
                List.of(api.townshipGovernment("620122").id()), false));
    }

    /** The township's register entry of an issued document, after its cadre signed for it. */
    long registeredAtTownship(String title) throws Exception {
        long doc = issuedToTownship(title);
        assertThat(api.post(township("cadre"), "/api/v1/documents/" + doc + "/sign-for", null).getResponse().getStatus())
                .isEqualTo(200);
        MvcResult list = api.get(township("clerk"), "/api/v1/incoming");
        List<Number> ids = JsonPath.read(list.getResponse().getContentAsString(), "$.items[?(@.documentId == " + doc + ")].id");
        assertThat(ids).as("signing for registers it").hasSize(1);
        return ids.getFirst().longValue();
    }

    int status(MvcResult r) {
        return r.getResponse().getStatus();
    }

    String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void reviewAndSigningTakeAnOpinionThatTheDraftSheetShowsToTheIssuerOnly() throws Exception {
        long id = api.createOk(CLERK, draft("NOTICE", "关于做好夏季防汛值班的通知", "各乡镇：汛期值班要到岗到位。",
                List.of(api.townshipGovernment("620122").id()), false));
        api.stepOk(CLERK, id, "submit");
        MvcResult empty = api.step(LEADER, id, "pass-review", " ");
        assertThat(status(empty)).isEqualTo(422);
        assertThat(body(empty)).contains("请填写核稿意见");
        assertThat(status(api.step(LEADER, id, "pass-review", "拟同意，请领导签发"))).isEqualTo(200);
        assertThat(status(api.step(LEADER, id, "sign", "同意印发"))).isEqualTo(200);
        api.stepOk(CLERK, id, "issue");

        MvcResult sheet = api.get(CLERK, "/api/v1/documents/" + id + "/sheet");
        assertThat(status(sheet)).isEqualTo(200);
        assertThat(json(sheet, "$.sheet.reviews[0].opinion")).isEqualTo("拟同意，请领导签发");
        assertThat(json(sheet, "$.sheet.signatures[0].opinion")).isEqualTo("同意印发");
        assertThat(json(sheet, "$.sheet.drafted.name")).contains("皋兰县");
        assertThat(status(api.get(township("cadre"), "/api/v1/documents/" + id + "/sheet"))).as("an addressee").isEqualTo(403);
        String page = body(api.get(LEADER, "/documents/" + id + "/sheet"));
        assertThat(page).contains("发文稿纸").contains("拟同意，请领导签发").contains("同意印发");
    }

    @Test
    void theDetailPageOffersTheCommonPhrasesForReview() throws Exception {
        long id = api.createOk(CLERK, draft("NOTICE", "关于开展夏季爱国卫生运动的通知", "各乡镇：请组织开展。",
                List.of(api.townshipGovernment("620122").id()), false));
        api.stepOk(CLERK, id, "submit");
        String page = body(api.get(LEADER, "/documents/" + id));
        assertThat(page).contains("核稿意见").contains("name=\"phrase\"").contains("value=\"同意\"");
        MvcResult tapped = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/documents/" + id + "/pass-review").with(signIn.as(LEADER)).with(csrf()).param("phrase", "同意")).andReturn();
        assertThat(status(tapped)).isEqualTo(302);
        assertThat(body(api.get(CLERK, "/api/v1/documents/" + id))).contains("PASS_REVIEW").contains("\"comment\":\"同意\"");
    }

    @Test
    void anElectronicDocumentIsProposedInstructedReadAndUndertakenByItsDeadline() throws Exception {
        long id = registeredAtTownship("关于做好端午节期间安全生产工作的通知");
        String clerk = township("clerk");
        String leader = township("leader");
        String cadre = township("cadre");

        MvcResult noLeader = api.post(clerk, "/api/v1/incoming/" + id + "/propose", "{\"opinion\":\"请领导批示\"}");
        assertThat(status(noLeader)).isEqualTo(422);
        assertThat(status(api.post(leader, "/api/v1/incoming/" + id + "/propose",
                "{\"opinion\":\"请批示\",\"leaderId\":" + accountId(leader) + "}"))).as("拟办 is the office's").isEqualTo(403);
        assertThat(status(api.post(clerk, "/api/v1/incoming/" + id + "/propose",
                "{\"opinion\":\"拟请安监站承办\",\"leaderId\":" + accountId(leader) + "}"))).isEqualTo(200);
        assertThat(body(api.get(leader, "/"))).as("the leader's 待办").contains("待批办");

        String instruction = "{\"opinion\":\"%s\",\"readers\":[%d],\"inOrder\":false,\"undertakers\":[%d],%s}";
        MvcResult noOpinion = api.post(leader, "/api/v1/incoming/" + id + "/instruct",
                instruction.formatted(" ", accountId(clerk), accountId(cadre), "\"workingDays\":5"));
        assertThat(body(noOpinion)).contains("请填写批办意见");
        MvcResult past = api.post(leader, "/api/v1/incoming/" + id + "/instruct",
                instruction.formatted("请安监站抓紧落实", accountId(clerk), accountId(cadre), "\"dueOn\":\"2026-06-01\""));
        assertThat(status(past)).isEqualTo(422);
        assertThat(body(past)).contains("办理期限不能早于今天");
        MvcResult instructed = api.post(leader, "/api/v1/incoming/" + id + "/instruct",
                instruction.formatted("请安监站抓紧落实", accountId(clerk), accountId(cadre), "\"workingDays\":5"));
        assertThat(status(instructed)).as(body(instructed)).isEqualTo(200);
        // Monday + 5 working days, skipping 端午节 (Friday 06-19 and the weekend): Tuesday 06-23, not 06-22
        assertThat(json(instructed, "$.tasks[?(@.kind == 'UNDERTAKE')].dueOn")).contains("2026-06-23");
        assertThat(json(instructed, "$.item.state")).isEqualTo("HANDLING");

        long readTask = taskOf(instructed, "CIRCULATE");
        long undertaking = taskOf(instructed, "UNDERTAKE");
        assertThat(body(api.get(cadre, "/"))).as("the undertaker's 待办").contains("待承办");
        assertThat(status(api.post(leader, "/api/v1/incoming/" + id + "/tasks/" + undertaking + "/remind", null))).isEqualTo(200);
        MvcResult again = api.post(leader, "/api/v1/incoming/" + id + "/tasks/" + undertaking + "/remind", null);
        assertThat(body(again)).contains("今天已催办过");

        assertThat(status(api.post(clerk, "/api/v1/incoming/" + id + "/tasks/" + readTask + "/read", "{\"opinion\":\"已阅\"}")))
                .isEqualTo(200);
        assertThat(status(api.post(clerk, "/api/v1/incoming/" + id + "/tasks/" + undertaking + "/finish",
                "{\"opinion\":\"已办\"}"))).as("only the undertaker").isEqualTo(403);
        assertThat(body(api.post(cadre, "/api/v1/incoming/" + id + "/tasks/" + undertaking + "/finish", "{}")))
                .contains("请填写办理结果意见");
        MvcResult finished = api.post(cadre, "/api/v1/incoming/" + id + "/tasks/" + undertaking + "/finish",
                "{\"opinion\":\"已组织全镇安全检查，整改隐患 3 处\"}");
        assertThat(json(finished, "$.item.state")).as("the last undertaking closes it").isEqualTo("CLOSED");
        assertThat(json(finished, "$.steps[*].action")).contains("REGISTER", "PROPOSE", "INSTRUCT", "READ_INSTRUCT",
                "FINISH", "CLOSE", "REMIND");

        long doc = JsonPath.<Number>read(body(finished), "$.item.documentId").longValue();
        assertThat(body(api.get(CLERK, "/api/v1/documents/" + doc + "/receipts"))).as("the issuer sees it handled")
                .contains("已办结");
        String sheet = body(api.get(clerk, "/incoming/" + id + "/sheet"));
        assertThat(sheet).contains("收文处理笺").contains("拟请安监站承办").contains("请安监站抓紧落实")
                .contains("已组织全镇安全检查");
    }

    @Test
    void inOrderCirculationWaitsForTheEarlierReaderAndTransferKeepsTheDeadline() throws Exception {
        long id = registeredAtTownship("关于开展夏粮收购工作的通知");
        String clerk = township("clerk");
        String leader = township("leader");
        String cadre = township("cadre");
        MvcResult instructed = api.post(leader, "/api/v1/incoming/" + id + "/instruct", """
                {"opinion":"请办公室和驻村干部依次阅","readers":[%d,%d],"inOrder":true,"undertakers":[%d],"dueOn":"2026-06-30"}"""
                .formatted(accountId(clerk), accountId(cadre), accountId(clerk)));
        assertThat(status(instructed)).as(body(instructed)).isEqualTo(200);
        List<Number> reads = JsonPath.read(body(instructed), "$.tasks[?(@.kind == 'CIRCULATE')].id");
        MvcResult early = api.post(cadre, "/api/v1/incoming/" + id + "/tasks/" + reads.get(1) + "/read", "{\"opinion\":\"已阅\"}");
        assertThat(body(early)).contains("按顺序传阅");
        assertThat(status(api.post(clerk, "/api/v1/incoming/" + id + "/tasks/" + reads.get(0) + "/read", "{\"opinion\":\"已阅\"}")))
                .isEqualTo(200);
        assertThat(status(api.post(cadre, "/api/v1/incoming/" + id + "/tasks/" + reads.get(1) + "/read", "{\"opinion\":\"已阅，按要求办\"}")))
                .isEqualTo(200);

        long undertaking = taskOf(instructed, "UNDERTAKE");
        MvcResult transferred = api.post(clerk, "/api/v1/incoming/" + id + "/tasks/" + undertaking + "/transfer",
                "{\"opinion\":\"由驻村干部承办\",\"toAccountId\":" + accountId(cadre) + "}");
        assertThat(status(transferred)).as(body(transferred)).isEqualTo(200);
        assertThat(json(transferred, "$.tasks[?(@.kind == 'UNDERTAKE')].assigneeId")).contains(String.valueOf(accountId(cadre)));
        assertThat(json(transferred, "$.tasks[?(@.kind == 'UNDERTAKE')].dueOn")).contains("2026-06-30");
        assertThat(body(api.post(clerk, "/api/v1/incoming/" + id + "/close", "{\"opinion\":\"已办\"}"))).contains("未完成");
        String page = body(api.get(cadre, "/incoming/" + id));
        assertThat(page).contains("承办办结").contains("2026-06-30");
    }

    @Test
    void aPaperDocumentIsRegisteredWithItsScanAndSeenInItsUnitOnly() throws Exception {
        String clerk = township("clerk");
        MvcResult notAScan = register(clerk, "关于报送防汛物资储备情况的函", "notes.txt", "就是文字".getBytes(StandardCharsets.UTF_8));
        assertThat(status(notAScan)).isEqualTo(422);
        assertThat(body(notAScan)).contains("扫描件只支持");
        MvcResult renamed = register(clerk, "关于报送防汛物资储备情况的函", "scan.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8));
        assertThat(body(renamed)).contains("内容与扩展名不符");
        byte[] pdf = "%PDF-1.4\n% scan\n".getBytes(StandardCharsets.US_ASCII);
        MvcResult ok = register(clerk, "关于报送防汛物资储备情况的函", "scan.pdf", pdf);
        assertThat(status(ok)).as(body(ok)).isEqualTo(201);
        long id = JsonPath.<Number>read(body(ok), "$.item.id").longValue();
        assertThat(json(ok, "$.item.originalNumber")).isEqualTo("皋兰应急函〔2026〕8号");
        assertThat(json(ok, "$.item.state")).isEqualTo("REGISTERED");

        assertThat(api.get(clerk, "/incoming/" + id + "/scan").getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(status(api.get("620102.gov-office.clerk", "/api/v1/incoming/" + id))).as("another unit").isEqualTo(404);
        assertThat(body(api.get(clerk, "/incoming"))).contains("关于报送防汛物资储备情况的函").contains("纸质");
        assertThat(body(api.get(clerk, "/"))).as("the clerk's 待办").contains("待拟办");
        MvcResult closed = api.post(clerk, "/api/v1/incoming/" + id + "/close", "{\"opinion\":\"已报送，阅存\"}");
        assertThat(json(closed, "$.item.state")).isEqualTo("CLOSED");
        assertThat(status(api.get(clerk, "/incoming/new"))).isEqualTo(200);
    }

    @Test
    void theAdministratorKeepsTheWorkCalendar() throws Exception {
        assertThat(body(api.get("admin", "/organization/calendar?year=2026"))).contains("春节").contains("国庆节调休上班");
        assertThat(status(api.put(LEADER, "/api/v1/work-calendar/2026-12-31", "{\"working\":false,\"name\":\"测试\"}")))
                .isEqualTo(403);
        MvcResult weekend = api.put("admin", "/api/v1/work-calendar/2026-12-26", "{\"working\":false,\"name\":\"周六\"}");
        assertThat(body(weekend)).contains("本来就是周末");
        assertThat(status(api.put("admin", "/api/v1/work-calendar/2026-12-31", "{\"working\":false,\"name\":\"测试休息日\"}")))
                .isEqualTo(204);
        assertThat(json(api.get(LEADER, "/api/v1/work-calendar/deadline?from=2026-12-30&days=1"), "$.due"))
                .isEqualTo("2027-01-01");
        assertThat(status(api.post("admin", "/organization/calendar/2026-12-31/delete", null))).isEqualTo(302);
        assertThat(json(api.get(LEADER, "/api/v1/work-calendar/deadline?from=2026-12-30&days=1"), "$.due"))
                .isEqualTo("2026-12-31");
    }

    private MvcResult register(String username, String title, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/incoming").file(new MockMultipartFile("scan", fileName, null, content))
                .param("title", title).param("issuingOrgan", "皋兰县应急管理局").param("originalNumber", "皋兰应急函〔2026〕8号")
                .with(signIn.as(username)).with(csrf())).andReturn();
    }

    private static long taskOf(MvcResult r, String kind) throws Exception {
        List<Number> ids = JsonPath.read(r.getResponse().getContentAsString(StandardCharsets.UTF_8),
                "$.tasks[?(@.kind == '" + kind + "')].id");
        return ids.getFirst().longValue();
    }
}
