package org.jianfu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianfu.documents.DocumentsDriver.draft;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The pages a person uses on the phone: 发文 list, draft form with gate, detail, 收文 with one-tap 签收 (安宁区). */
@JianfuTest
@Import(DocumentsDriver.class)
class DocumentPagesTests {

    static final String CLERK = "620105.gov-office.clerk";
    static final String LEADER = "620105.gov-office.leader";
    static final String TOWNSHIP_CADRE = "620105001.gov.cadre";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    DocumentsDriver api;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String page(String username, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(signIn.as(username))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    @Test
    void aClerkDraftsOnTheFormAndSeesTheGateAndTheCount() throws Exception {
        assertThat(page(CLERK, "/documents/new")).contains("减负一致性评估").contains("主送").contains("安宁区人民政府办公室");
        long township = api.townshipGovernment("620105").id();
        MvcResult created = mvc.perform(post("/documents/new").with(signIn.as(CLERK)).with(csrf())
                .param("kind", "NOTICE").param("title", "关于做好防汛工作的通知").param("body", "各街道：\n要做好防汛准备。")
                .param("urgency", "URGENT").param("headerStyle", "RED").param("mainRecipientIds", String.valueOf(township))
                .param("reviewConfirmed", "true")).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).matches("/documents/\\d+/edit\\?saved");
        String edit = page(CLERK, created.getResponse().getRedirectedUrl());
        assertThat(edit).contains("减负审核").contains("发文限额").contains("篇幅").contains("正文 12 字")
                .contains("已保存");
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D+(\\d+)\\D.*", "$1"));
        assertThat(page(CLERK, "/documents/" + id + "/gate")).contains("id=\"gate\"").contains("通过");
        String detail = page(CLERK, "/documents/" + id);
        assertThat(detail).contains("bottom-action").contains("送核稿").contains("加急");
        assertThat(page(CLERK, "/documents")).contains("关于做好防汛工作的通知");
    }

    @Test
    void aRefusedStepShowsItsReasonOnTheDetailPage() throws Exception {
        long id = api.createOk(CLERK, draft("NOTICE", "关于缺少主送的通知", "正文", List.of(), false));
        MvcResult r = mvc.perform(post("/documents/" + id + "/submit").with(signIn.as(CLERK)).with(csrf())).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + id);
        assertThat(r.getFlashMap().get("error")).asString().contains("主送单位");
    }

    @Test
    void anAddresseeSignsForInOneTapFromTheInboxAndTheIssuerSeesIt() throws Exception {
        long township = api.townshipGovernment("620105").id();
        long id = api.issued(CLERK, LEADER, draft("NOTICE", "关于收文页面测试的通知", "正文", List.of(township), false));
        assertThat(page(TOWNSHIP_CADRE, "/documents/inbox")).contains("关于收文页面测试的通知").contains("hx-post");
        MvcResult tap = mvc.perform(post("/documents/inbox/" + id + "/sign-for").with(signIn.as(TOWNSHIP_CADRE))
                .with(csrf()).header("HX-Request", "true")).andReturn();
        assertThat(tap.getResponse().getContentAsString()).contains("已签收").doesNotContain("<html");
        String opened = page(TOWNSHIP_CADRE, "/documents/" + id);
        assertThat(opened).contains("办理完毕").contains("/documents/" + id + "/read");
        // opening the page is a GET: it records no 阅知
        assertThat(read(id, township)).isFalse();
        assertThat(page(CLERK, "/documents/" + id)).contains("已签收 1 / 1").doesNotContain(" · 已阅");
        MvcResult read = mvc.perform(post("/documents/" + id + "/read").with(signIn.as(TOWNSHIP_CADRE)).with(csrf()))
                .andReturn();
        assertThat(read.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + id);
        assertThat(read(id, township)).isTrue();
        assertThat(page(CLERK, "/documents/" + id)).contains("已签收 1 / 1").contains(" · 已阅");
        assertThat(page(TOWNSHIP_CADRE, "/documents/" + id)).doesNotContain("/documents/" + id + "/read");
        assertThat(page("jfb.620105", "/documents")).contains("关于收文页面测试的通知");
    }

    @Test
    void theDocumentPageNamesItsMainRecipientsForIssuerLeaderAndRecipient() throws Exception {
        var township = api.townshipGovernment("620105");
        long id = api.issued(CLERK, LEADER, draft("NOTICE", "关于主送名称显示的通知", "正文", List.of(township.id()), false));
        for (String who : List.of(CLERK, LEADER, TOWNSHIP_CADRE)) {
            String html = page(who, "/documents/" + id);
            String main = html.substring(html.indexOf("主送</span>"), html.indexOf("字数</span>"));
            assertThat(main).as(who).contains(township.name()).doesNotContain("null");
        }
    }

    @Test
    void aRecalledDocumentAsksFirstShowsWithdrawnToItsRecipientsAndIsRedraftedAndReissued() throws Exception {
        long township = api.townshipGovernment("620105").id();
        long id = api.issued(CLERK, LEADER, draft("NOTICE", "关于收回后重新印发的通知", "正文", List.of(township), false));
        String number = DocumentsDriver.json(api.get(CLERK, "/api/v1/documents/" + id), "$.document.documentNumber");
        assertThat(page(CLERK, "/documents/" + id)).contains("data-confirm=\"确定收回这份已印发的公文吗");
        MvcResult recalled = mvc.perform(post("/documents/" + id + "/recall").with(signIn.as(CLERK)).with(csrf())
                .param("comment", "主送单位有误")).andReturn();
        assertThat(recalled.getFlashMap().get("error")).isNull();

        String seen = page(TOWNSHIP_CADRE, "/documents/" + id);
        assertThat(seen).contains("本单位：已收回").doesNotContain("/documents/" + id + "/sign-for");
        List<String> labels = com.jayway.jsonpath.JsonPath.read(api.get(TOWNSHIP_CADRE, "/api/v1/documents/inbox")
                .getResponse().getContentAsString(), "$[?(@.documentId == " + id + ")].stateLabel");
        assertThat(labels).containsExactly("已收回");
        assertThat(page(CLERK, "/documents/" + id)).contains("已收回").doesNotContain(">待签收<");

        assertThat(page(CLERK, "/documents/" + id)).contains("修改后重新印发").contains("/documents/" + id + "/redraft");
        MvcResult redrafted = mvc.perform(post("/documents/" + id + "/redraft").with(signIn.as(CLERK)).with(csrf()))
                .andReturn();
        String edit = redrafted.getResponse().getRedirectedUrl();
        assertThat(edit).matches("/documents/\\d+/edit");
        long again = Long.parseLong(edit.replaceAll("\\D+(\\d+)\\D.*", "$1"));
        assertThat(page(CLERK, edit)).contains("关于收回后重新印发的通知");
        api.stepOk(CLERK, again, "submit");
        api.stepOk(LEADER, again, "pass-review");
        api.stepOk(LEADER, again, "sign");
        api.stepOk(CLERK, again, "issue");
        String newNumber = DocumentsDriver.json(api.get(CLERK, "/api/v1/documents/" + again), "$.document.documentNumber");
        assertThat(newNumber).isNotEqualTo("null").isNotEqualTo(number);
        assertThat(page(TOWNSHIP_CADRE, "/documents/" + again)).contains("本单位：待签收");
    }

    boolean read(long documentId, long unitId) {
        return jdbc.sql("select read_at is not null from documents.recipient where document_id = ? and unit_id = ?")
                .params(documentId, unitId).query(Boolean.class).single();
    }

    @Test
    void theInboxShowsThirtyAtATimeWithTheWaitingCountOfAll() throws Exception {
        String cadre = "620102001.gov.cadre";
        long unitId = api.actor(cadre).unitId();
        // address 40 more issued documents to the township (demo data at test scale has fewer)
        jdbc.sql("""
                insert into documents.recipient (document_id, unit_id, copy)
                select d.id, ?, false from documents.document d where d.state = 'ISSUED'
                  and not exists (select 1 from documents.recipient r where r.document_id = d.id and r.unit_id = ?)
                order by d.id limit 40""").params(unitId, unitId).update();
        long total = jdbc.sql("""
                select count(*) from documents.recipient r join documents.document d on d.id = r.document_id
                where r.unit_id = ? and d.state in ('ISSUED', 'WITHDRAWN')""").param(unitId).query(Long.class).single();
        long waiting = jdbc.sql("""
                select count(*) from documents.recipient r join documents.document d on d.id = r.document_id
                where r.unit_id = ? and d.state = 'ISSUED' and r.signed_at is null and r.returned_at is null""")
                .param(unitId).query(Long.class).single();
        String first = page(cadre, "/documents/inbox");
        assertThat(first.split("id=\"receipt-").length - 1).isEqualTo(30);
        assertThat(first).contains("待签收 " + waiting).contains("/documents/inbox?show=60").contains("查看更早的来文");
        String all = page(cadre, "/documents/inbox?show=1000");
        assertThat(all.split("id=\"receipt-").length - 1).isEqualTo((int) Math.min(total, 1000));
        assertThat(all).doesNotContain("查看更早的来文");
    }

    @Test
    void theBurdenOfficeApprovesOnItsOwnPage() throws Exception {
        String body = "要压实责任。".repeat(700);
        long id = api.createOk(CLERK, draft("NOTICE", "关于篇幅超限页面测试的通知", body, List.of(api.townshipGovernment("620105").id()), false));
        mvc.perform(post("/documents/" + id + "/explanations").with(signIn.as(CLERK)).with(csrf())
                .param("check", "length").param("text", "需要部署的事项较多，确实无法压缩篇幅。")).andReturn();
        String list = page("jfb.6201", "/documents/explanations");
        assertThat(list).contains("关于篇幅超限页面测试的通知");
        List<Integer> ids = com.jayway.jsonpath.JsonPath.read(api.get("jfb.6201", "/api/v1/explanations").getResponse()
                .getContentAsString(), "$[?(@.documentId == " + id + ")].id");
        String explanationUrl = "/documents/explanations/" + ids.getFirst();
        assertThat(list).contains(explanationUrl);
        assertThat(page("jfb.6201", explanationUrl)).contains("批准").contains("需要部署的事项较多");
        MvcResult decided = mvc.perform(post(explanationUrl).with(signIn.as("jfb.6201")).with(csrf())
                .param("approve", "true")).andReturn();
        assertThat(decided.getFlashMap().get("ok")).isEqualTo("已批准");
        assertThat(page(CLERK, "/documents/" + id)).contains("超限说明已获兰州市减负办批准");
        assertThat(mvc.perform(get("/documents/explanations").with(signIn.as(CLERK))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }
}
