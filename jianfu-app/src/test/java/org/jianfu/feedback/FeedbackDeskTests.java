package org.jianfu.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Triage by the 减负办 of the causing unit's chain, the causing unit's answer, the author's follow-up, limits. */
@JianfuTest
class FeedbackDeskTests {

    @Autowired MockMvc mvc;
    @Autowired SignIn signIn;
    @Autowired Organization organization;

    @Test
    void theCountyOfficeAsksTheCausingUnitWhichAnswersAndTheAuthorSeesTheResult() throws Exception {
        Unit causing = organization.unitsOf("620102").stream().filter(u -> u.unitKey().equals("health")).findFirst().orElseThrow();
        String receipt = submit("620102001.gov.cadre", causing, "卫健局要求每户健康档案都拍照上传，村里干部每天整理到深夜。");
        String code = first(receipt, "\"publicCode\":\"([^\"]+)\"");
        String secret = first(receipt, "\"secret\":\"([^\"]+)\"");
        String id = first(call(get("/api/v1/feedback/reports"), "jfb.620102").getResponse().getContentAsString(),
                "\"id\":\"([0-9a-f-]{36})\",\"publicCode\":\"" + code);

        assertThat(home("jfb.620102")).contains("待处理反映");
        assertThat(status(get("/api/v1/feedback/reports/" + id), "jfb.620103")).isEqualTo(404);
        assertThat(status(get("/api/v1/feedback/reports/" + id), "620102.health.clerk")).isEqualTo(404);
        assertThat(status(get("/api/v1/feedback/reports/" + id), "620102.edu.clerk")).isEqualTo(404);
        assertThat(status(get("/api/v1/feedback/reports/" + id), "620102001.gov.cadre")).isEqualTo(403);
        assertThat(status(get("/api/v1/feedback/reports/" + id), "jfb.6201")).isEqualTo(200);
        assertThat(status(post("/api/v1/feedback/reports/" + id + "/ask").contentType("application/json")
                .content("{\"text\":\"请说明\"}"), "jfb.620103")).isEqualTo(404);

        assertThat(status(post("/api/v1/feedback/reports/" + id + "/ask").contentType("application/json")
                .content("{\"text\":\"请说明拍照要求的依据并整改\"}"), "jfb.620102")).isEqualTo(200);
        assertThat(home("620102.health.clerk")).contains("待回应反映");
        String seen = call(get("/api/v1/feedback/reports/" + id), "620102.health.leader").getResponse().getContentAsString();
        assertThat(seen).contains("\"authorArea\":null").contains("拍照上传");
        assertThat(status(post("/api/v1/feedback/reports/" + id + "/respond").contentType("application/json")
                .content("{\"text\":\"已取消拍照上传要求\"}"), "620102.edu.clerk")).isEqualTo(404);
        assertThat(status(post("/api/v1/feedback/reports/" + id + "/respond").contentType("application/json")
                .content("{\"text\":\"已取消拍照上传要求\"}"), "620102.health.clerk")).isEqualTo(200);
        assertThat(status(post("/api/v1/feedback/reports/" + id + "/close").contentType("application/json")
                .content("{\"text\":\"已整改，取消拍照留痕要求\"}"), "jfb.620102")).isEqualTo(200);

        String followUp = call(post("/api/v1/feedback/follow-up").contentType("application/json")
                .content("{\"publicCode\":\"" + code.toLowerCase() + "\",\"secret\":\"" + secret.replace("-", " ") + "\"}"),
                "620102001.gov.cadre").getResponse().getContentAsString();
        assertThat(followUp).contains("已办结").contains("已整改，取消拍照留痕要求").contains("已取消拍照上传要求");
        assertThat(status(post("/api/v1/feedback/follow-up").contentType("application/json")
                .content("{\"publicCode\":\"" + code + "\",\"secret\":\"AAAAA-AAAAA-AAAAA-AAAAA\"}"), "620102001.gov.cadre"))
                .isEqualTo(404);
    }

    @Test
    void reportsPerAccountAndDayAreLimitedAndMonitorsCannotReport() throws Exception {
        Unit causing = organization.unitsOf("620103").stream().filter(u -> u.unitKey().equals("edu")).findFirst().orElseThrow();
        for (int i = 0; i < 3; i++) {
            assertThat(call(post("/api/v1/feedback/reports").contentType("application/json").content(json(causing, "第" + i + "次反映，会议太多太长。")),
                    "620103001.gov.cadre").getResponse().getStatus()).isEqualTo(201);
        }
        assertThat(call(post("/api/v1/feedback/reports").contentType("application/json").content(json(causing, "第四次反映，会议太多太长。")),
                "620103001.gov.cadre").getResponse().getStatus()).isEqualTo(422);
        assertThat(call(post("/api/v1/feedback/reports").contentType("application/json").content(json(causing, "减负办不能匿名反映自己辖区。")),
                "jfb.620103").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void oversizedOrNonImageAttachmentsAreRefused() throws Exception {
        Unit causing = organization.unitsOf("620103").stream().filter(u -> u.unitKey().equals("agri")).findFirst().orElseThrow();
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/feedback/new")
                        .file(new org.springframework.mock.web.MockMultipartFile("attachment", "a.pdf", "application/pdf", "%PDF-1.4 x".getBytes()))
                        .param("category", "FORMS").param("causingUnitId", String.valueOf(causing.id()))
                        .param("body", "农业农村局的报表要求每周报送一次。")
                        .with(signIn.as("620103002.gov.cadre")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("附件只能是 PNG 或 JPEG 图片").doesNotContain("id=\"secret\"");
    }

    private String submit(String author, Unit causing, String body) throws Exception {
        return call(post("/api/v1/feedback/reports").contentType("application/json").content(json(causing, body)), author)
                .getResponse().getContentAsString();
    }

    private static String json(Unit causing, String body) {
        return "{\"category\":\"PAPER_TRAIL\",\"causingUnitId\":" + causing.id() + ",\"body\":\"" + body + "\"}";
    }

    private String home(String user) throws Exception {
        return call(get("/"), user).getResponse().getContentAsString();
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user) throws Exception {
        return call(request, user).getResponse().getStatus();
    }

    private MvcResult call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(signIn.as(user)).with(csrf())).andReturn();
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in " + text).isTrue();
        return m.group(1);
    }
}
