package org.jianfu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianfu.documents.DocumentsDriver.draft;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.jianfu.documents.DocumentsDriver;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Bad input from a person or a client: Chinese answers with navigation, limits on titles and years, safe downloads. */
@JianfuTest
class BadInputTests {

    static final String CLERK = "620104.gov-office.clerk";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    DocumentsDriver api;

    @Autowired
    JdbcClient jdbc;

    MvcResult page(String url) throws Exception {
        return mvc.perform(get(url).with(signIn.as(CLERK)).accept(MediaType.TEXT_HTML)).andReturn();
    }

    MvcResult apiGet(String url) throws Exception {
        return mvc.perform(get(url).with(signIn.as(CLERK)).accept(MediaType.APPLICATION_JSON)).andReturn();
    }

    static void chinesePageWithNavigation(MvcResult r, int status) throws Exception {
        String html = r.getResponse().getContentAsString();
        assertThat(r.getResponse().getStatus()).isEqualTo(status);
        assertThat(r.getResponse().getContentType()).startsWith("text/html");
        assertThat(html).contains("class=\"sidenav\"").contains("class=\"tabbar\"").contains("返回首页")
                .contains("错误代码 " + status).doesNotContain("No static resource").doesNotContain("Failed to convert");
    }

    static void chineseProblem(MvcResult r, int status) throws Exception {
        String body = r.getResponse().getContentAsString();
        assertThat(r.getResponse().getStatus()).isEqualTo(status);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat((Integer) JsonPath.read(body, "$.status")).isEqualTo(status);
        assertThat((String) JsonPath.read(body, "$.title")).matches(".*\\p{IsHan}.*");
        assertThat((String) JsonPath.read(body, "$.detail")).matches(".*\\p{IsHan}.*").doesNotContain("Failed")
                .doesNotContain("No static");
        assertThat((String) JsonPath.read(body, "$.type")).isNotBlank();
    }

    @Test
    void unknownPathsAndMalformedIdsAnswerAPersonWithTheChineseErrorPage() throws Exception {
        chinesePageWithNavigation(page("/nope"), 404);
        chinesePageWithNavigation(page("/documents/abc"), 400);
        chinesePageWithNavigation(page("/documents/999999999"), 404);
    }

    @Test
    void unknownPathsAndMalformedIdsAnswerAClientWithAChineseProblem() throws Exception {
        chineseProblem(apiGet("/api/v1/documents/xyz"), 400);
        chineseProblem(apiGet("/api/v1/nope"), 404);
    }

    @Test
    void absurdYearsAreAChinese400() throws Exception {
        for (String year : List.of("-2147483648", "99999", "1066")) {
            chineseProblem(mvc.perform(get("/api/v1/monitoring/areas/620104?year=" + year).with(signIn.as("jfb.620104"))
                    .accept(MediaType.APPLICATION_JSON)).andReturn(), 400);
        }
        MvcResult r = mvc.perform(get("/monitoring/areas/620104?year=-2147483648").with(signIn.as("jfb.620104"))
                .accept(MediaType.TEXT_HTML)).andReturn();
        chinesePageWithNavigation(r, 400);
        assertThat(r.getResponse().getContentAsString()).contains("年份应为 2000 到 2999 之间的整数");
        assertThat(mvc.perform(get("/monitoring/areas/620104?year=2019").with(signIn.as("jfb.620104"))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aDocumentTitleOverAHundredCharactersIsRefusedInChineseAndTheFormKeepsWhatWasTyped() throws Exception {
        long township = api.townshipGovernment("620104").id();
        String longTitle = "关于" + "进一步加强基层减负工作".repeat(10) + "的通知";
        MvcResult r = api.create(CLERK, draft("NOTICE", longTitle, "正文", List.of(township), false));
        chineseProblem(r, 422);
        assertThat((String) JsonPath.read(r.getResponse().getContentAsString(), "$.detail")).contains("不能超过 100 个字");
        assertThat(api.create(CLERK, draft("NOTICE", "关于" + "减".repeat(95) + "的通知", "正文", List.of(township), false))
                .getResponse().getStatus()).isEqualTo(201);

        MvcResult form = mvc.perform(post("/documents/new").with(signIn.as(CLERK)).with(csrf())
                .param("kind", "NOTICE").param("title", longTitle).param("body", "各街道：\n这段正文不能丢。")
                .param("urgency", "NORMAL").param("headerStyle", "RED").param("mainRecipientIds", String.valueOf(township))
                .param("reviewConfirmed", "true")).andReturn();
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        assertThat(form.getResponse().getContentAsString()).contains("标题不能超过 100 个字").contains("这段正文不能丢")
                .contains("maxlength=\"100\"");
    }

    @Test
    void downloadsOfStoredLongTitlesAreNamedShortAndEncoded() throws Exception {
        long township = api.townshipGovernment("620104").id();
        long id = api.createOk(CLERK, draft("NOTICE", "关于下载文件名的通知", "正文", List.of(township), false));
        // a title stored before the limit: the download must still work, under a short name
        jdbc.sql("update documents.document set title = ? where id = ?").params("超长标题".repeat(1_250), id).update();
        for (String url : List.of("/documents/" + id + "/pdf", "/documents/" + id + "/ofd")) {
            MvcResult r = mvc.perform(get(url).with(signIn.as(CLERK))).andReturn();
            assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
            String header = r.getResponse().getHeader("Content-Disposition");
            assertThat(header).as(url).hasSizeLessThan(500).contains("filename=\"").contains("filename*=UTF-8''")
                    .contains("%E8%B6%85%E9%95%BF");
        }
    }
}
