package org.jianfu.reuse.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianfu.documents.DocumentsDriver.draft;
import static org.jianfu.documents.DocumentsDriver.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.jianfu.documents.DocumentsDriver;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.jianfu.testing.UniqueProse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The 参照文件库 through its API and pages, the gate that checks drafts against it, and 收文 feeding it. */
@JianfuTest
class ReferenceLibraryTests {

    static final String PROVINCE_CLERK = "62.gov-office.clerk";
    static final String COUNTY_CLERK = "620102.gov-office.clerk";
    static final String COUNTY_LEADER = "620102.gov-office.leader";
    static final String NEIGHBOUR_CLERK = "620103.gov-office.clerk";

    @Autowired
    DocumentsDriver api;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTypedProvincialDocumentEntersTheCorpusAtOnceAndACountyCopyIsBlockedWithItsLevelAndNumber() throws Exception {
        String text = UniqueProse.of(new Random(201), 1800).replace("。", "，全省各地要抓好落实。");
        MvcResult added = api.post(PROVINCE_CLERK, "/api/v1/reuse/references", newReference("关于加强基层治理的实施意见",
                "甘政办发〔2026〕7号", "甘肃省人民政府办公厅", "PROVINCE", text, true));
        assertThat(added.getResponse().getStatus()).as(added.getResponse().getContentAsString()).isEqualTo(201);
        long id = id(added);
        assertThat(json(added, "$.inCorpus")).isEqualTo("true");
        assertThat(json(added, "$.levelLabel")).isEqualTo("省");

        long copy = api.createOk(COUNTY_CLERK, draft("OPINION", "关于加强基层治理的实施方案",
                ReuseGateTests.escape(text.replace("全省", "全区")), List.of(api.townshipGovernment("620102").id()), true));
        MvcResult gate = api.get(COUNTY_CLERK, "/api/v1/documents/" + copy + "/gate");
        assertThat(json(gate, "$.outcomes[?(@.check=='reuse')].verdict")).contains("BLOCK");
        assertThat(json(gate, "$.outcomes[?(@.check=='reuse')].summary"))
                .contains("上级文件（省）").contains("甘政办发〔2026〕7号").contains("上级文件 ");

        String page = api.get(COUNTY_CLERK, "/reuse/documents/" + copy).getResponse().getContentAsString();
        assertThat(page).contains("上级文件（省）").contains("甘政办发〔2026〕7号").contains("查重规则").contains("超过 50%");
        // readable by its addressees: the whole province
        assertThat(api.get(COUNTY_CLERK, "/api/v1/reuse/references/" + id).getResponse().getStatus()).isEqualTo(200);
        assertThat(api.get(COUNTY_CLERK, "/reuse/references?q=加强基层治理").getResponse().getContentAsString())
                .contains("关于加强基层治理的实施意见");
    }

    @Test
    void aDocumentOnlyItsOwnUnitMayReadIsCountedButNotNamedToOthers() throws Exception {
        String text = UniqueProse.of(new Random(202), 1600);
        long id = id(api.post(NEIGHBOUR_CLERK, "/api/v1/reuse/references", newReference("关于做好防汛准备的通知",
                "兰政办发〔2026〕31号", "兰州市人民政府办公室", null, text, false)));
        assertThat(api.get(COUNTY_CLERK, "/api/v1/reuse/references/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.get(COUNTY_CLERK, "/reuse/references/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.get(COUNTY_CLERK, "/reuse/references?q=做好防汛准备").getResponse().getContentAsString())
                .doesNotContain("关于做好防汛准备的通知");

        long copy = api.createOk(COUNTY_CLERK, draft("NOTICE", "关于做好防汛工作的通知", ReuseGateTests.escape(text),
                List.of(api.townshipGovernment("620102").id()), false));
        String summary = json(api.get(COUNTY_CLERK, "/api/v1/documents/" + copy + "/gate"), "$.outcomes[?(@.check=='reuse')].summary");
        assertThat(summary).contains("上级文件（市）").doesNotContain("兰政办发").doesNotContain("防汛准备");
        String check = api.post(COUNTY_CLERK, "/api/v1/reuse/check", "{\"text\":\"" + ReuseGateTests.escape(text) + "\"}")
                .getResponse().getContentAsString();
        assertThat(check).contains("上级或其他单位文件（市）").doesNotContain("ref:" + id).doesNotContain("防汛准备");
        assertThat(api.post(NEIGHBOUR_CLERK, "/api/v1/reuse/check", "{\"text\":\"" + ReuseGateTests.escape(text) + "\"}")
                .getResponse().getContentAsString()).contains("ref:" + id).contains("兰政办发〔2026〕31号");
    }

    @Test
    void aWithdrawnDocumentLeavesTheCorpusAndKeepsItsReason() throws Exception {
        String text = UniqueProse.of(new Random(203), 1500);
        long id = id(api.post(PROVINCE_CLERK, "/api/v1/reuse/references", newReference("关于开展专项整治的通知",
                "甘政办发〔2026〕9号", "甘肃省人民政府办公厅", "PROVINCE", text, true)));
        String query = "{\"text\":\"" + ReuseGateTests.escape(text) + "\"}";
        assertThat(api.post(PROVINCE_CLERK, "/api/v1/reuse/check", query).getResponse().getContentAsString()).contains("ref:" + id);

        assertThat(api.post(COUNTY_CLERK, "/api/v1/reuse/references/" + id + "/withdraw", "{\"reason\":\"不归我管\"}")
                .getResponse().getStatus()).as("another unit's clerk may not withdraw it").isEqualTo(403);
        MvcResult noReason = api.post(PROVINCE_CLERK, "/api/v1/reuse/references/" + id + "/withdraw", "{\"reason\":\" \"}");
        assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
        assertThat(noReason.getResponse().getContentAsString()).contains("请填写撤出理由");
        MvcResult withdrawn = api.post(PROVINCE_CLERK, "/api/v1/reuse/references/" + id + "/withdraw", "{\"reason\":\"该文件已废止\"}");
        assertThat(withdrawn.getResponse().getStatus()).isEqualTo(200);
        assertThat(json(withdrawn, "$.withdrawnReason")).isEqualTo("该文件已废止");
        assertThat(json(withdrawn, "$.inCorpus")).isEqualTo("false");
        assertThat(api.post(PROVINCE_CLERK, "/api/v1/reuse/check", query).getResponse().getContentAsString())
                .doesNotContain("ref:" + id);
        assertThat(api.get(PROVINCE_CLERK, "/reuse/references/" + id).getResponse().getContentAsString())
                .contains("已撤出，不再参与查重。理由：该文件已废止");
        assertThat(api.get(PROVINCE_CLERK, "/reuse/references?withdrawn=true").getResponse().getContentAsString())
                .contains("关于开展专项整治的通知");
    }

    @Test
    void anUploadedFileGivesItsTextAndABadOneIsRefusedInChinese() throws Exception {
        String text = UniqueProse.of(new Random(204), 1200);
        MvcResult uploaded = mvc.perform(multipart("/api/v1/reuse/references")
                .file(new MockMultipartFile("file", "意见.md", "text/markdown", text.getBytes(StandardCharsets.UTF_8)))
                .param("title", "关于推进政务公开的意见").param("issuingOrgan", "国务院办公厅")
                .with(signIn.as(PROVINCE_CLERK)).with(csrf())).andReturn();
        assertThat(uploaded.getResponse().getStatus()).as(uploaded.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(json(uploaded, "$.levelLabel")).as("level read from the organ's name").isEqualTo("中央");
        assertThat(json(uploaded, "$.sourceLabel")).isEqualTo("上传文件");
        assertThat(json(api.get(PROVINCE_CLERK, "/api/v1/reuse/references/" + id(uploaded)), "$.text")).isEqualTo(text.strip());

        MvcResult again = mvc.perform(multipart("/api/v1/reuse/references")
                .file(new MockMultipartFile("file", "意见.md", "text/markdown", text.getBytes(StandardCharsets.UTF_8)))
                .param("title", "关于推进政务公开的意见").param("issuingOrgan", "国务院办公厅")
                .with(signIn.as(PROVINCE_CLERK)).with(csrf())).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(422);
        assertThat(again.getResponse().getContentAsString()).contains("库中已有正文相同的文件");

        MvcResult bad = mvc.perform(multipart("/api/v1/reuse/references")
                .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", new byte[]{1, 2, 3, 4, 5, 6}))
                .param("title", "关于某事的通知").param("issuingOrgan", "甘肃省人民政府")
                .with(signIn.as(PROVINCE_CLERK)).with(csrf())).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(422);
        assertThat(bad.getResponse().getContentAsString()).contains("内容不是 .pdf 格式");
    }

    @Test
    void onlyOfficesAndTheBurdenOfficeKeepTheLibrary() throws Exception {
        assertThat(api.post(COUNTY_LEADER, "/api/v1/reuse/references", newReference("关于某事的通知", null, "甘肃省人民政府",
                "PROVINCE", "正文".repeat(100), false)).getResponse().getStatus()).isEqualTo(403);
        assertThat(api.get(COUNTY_LEADER, "/reuse/references/new").getResponse().getStatus()).isEqualTo(403);
        String form = api.get(COUNTY_CLERK, "/reuse/references/new").getResponse().getContentAsString();
        assertThat(form).contains("添加参照文件").contains("国务院部门").contains(".docx");
        // a form sent with an error comes back with what was typed
        String refused = mvc.perform(post("/reuse/references").param("title", "关于某事的通知").param("issuingOrgan", "甘肃省人民政府")
                .with(signIn.as(COUNTY_CLERK)).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请填写正文").contains("关于某事的通知");
        String added = mvc.perform(post("/reuse/references").param("title", "关于秋冬季森林防火的通知")
                        .param("issuingOrgan", "兰州市人民政府办公室").param("text", UniqueProse.of(new Random(205), 900))
                        .with(signIn.as(COUNTY_CLERK)).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(added).startsWith("/reuse/references/");
        assertThat(api.get(COUNTY_CLERK, added).getResponse().getContentAsString())
                .contains("关于秋冬季森林防火的通知").contains("已参与查重").contains("撤出理由");
    }

    @Test
    void aPaperIncomingDocumentBecomesAReferenceDocumentOfItsSendersLevel() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        MvcResult registered = mvc.perform(multipart("/api/v1/incoming")
                .file(new MockMultipartFile("scan", "来文.png", "image/png", png))
                .param("title", "关于做好冬春季安全生产工作的通知").param("issuingOrgan", "甘肃省应急管理厅")
                .param("originalNumber", "甘应急发〔2026〕5号")
                .with(signIn.as(COUNTY_CLERK)).with(csrf())).andReturn();
        assertThat(registered.getResponse().getStatus()).as(registered.getResponse().getContentAsString()).isEqualTo(201);
        long incomingId = ((Number) JsonPath.read(registered.getResponse().getContentAsString(), "$.item.id")).longValue();
        Long referenceId = null;
        for (int i = 0; i < 100 && referenceId == null; i++) {
            referenceId = jdbc.sql("select id from reuse.reference_document where incoming_id = ?").param(incomingId)
                    .query(Long.class).optional().orElse(null);
            if (referenceId == null) {
                Thread.sleep(100);
            }
        }
        assertThat(referenceId).as("the 收文 reaches the library without another step").isNotNull();
        MvcResult reference = api.get(COUNTY_CLERK, "/api/v1/reuse/references/" + referenceId);
        assertThat(json(reference, "$.title")).isEqualTo("关于做好冬春季安全生产工作的通知");
        assertThat(json(reference, "$.documentNumber")).isEqualTo("甘应急发〔2026〕5号");
        assertThat(json(reference, "$.levelLabel")).isEqualTo("省");
        assertThat(json(reference, "$.sourceLabel")).isEqualTo("收文登记");
        assertThat(json(reference, "$.inCorpus")).isEqualTo("false");
        assertThat(api.get(COUNTY_CLERK, "/reuse/references/" + referenceId).getResponse().getContentAsString())
                .contains("没有可识别的正文");
        assertThat(api.get(NEIGHBOUR_CLERK, "/api/v1/reuse/references/" + referenceId).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theDemoDraftThatRestatesAProvincialDocumentIsCaught() throws Exception {
        long draft = jdbc.sql("""
                        select d.id from documents.document d join organization.unit u on u.id = d.issuing_unit_id
                        where u.division_code = '620102' and u.unit_key = 'gov-office' and d.title like '关于贯彻落实《%》的实施方案'
                        order by d.id limit 1""").query(Long.class).single();
        MvcResult gate = api.get(COUNTY_CLERK, "/api/v1/documents/" + draft + "/gate");
        assertThat(json(gate, "$.outcomes[?(@.check=='reuse')].verdict")).contains("BLOCK");
        assertThat(json(gate, "$.outcomes[?(@.check=='reuse')].summary")).contains("照搬上级文件（省）").contains("甘政办发〔");
    }

    private static String newReference(String title, String number, String organ, String level, String text, boolean share) {
        return "{\"title\":\"" + title + "\"," + (number == null ? "" : "\"documentNumber\":\"" + number + "\",")
                + "\"issuingOrgan\":\"" + organ + "\"," + (level == null ? "" : "\"level\":\"" + level + "\",")
                + "\"text\":\"" + ReuseGateTests.escape(text) + "\",\"shareWithArea\":" + share + "}";
    }

    private static long id(MvcResult r) throws Exception {
        return ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue();
    }
}
