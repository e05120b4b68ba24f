package org.jianfu.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@JianfuTest
class ApiErrorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Test
    void anUnknownIdIsANotFoundProblemInChinese() throws Exception {
        mvc.perform(get("/api/v1/units/999999999").with(signIn.as("admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("单位不存在")));
    }

    @Test
    void aMalformedIdIsABadRequestProblem() throws Exception {
        mvc.perform(get("/api/v1/units/not-a-number").with(signIn.as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("参数错误"));
    }

    @Test
    void anUnknownPageShowsAChineseErrorPage() throws Exception {
        mvc.perform(get("/organization/divisions/99").with(signIn.as("admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("行政区划不存在")))
                // the page's heading, not the layout's <title> parameter of the same name
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<h1>未找到</h1>")));
    }

    @Test
    void theOpenApiDescriptionIsReadableWithoutLogin() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists())
                // 公文 II: search, opinions (the step's comment), 收文办理 and 会签, notification channels
                .andExpect(jsonPath("$.paths['/api/v1/documents/search']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/documents/{documentId}/{step}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/documents/{documentId}/sheet']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/incoming']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/incoming/{id}/instruct']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/incoming/{id}/tasks/{taskId}/{step}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reuse/references']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reuse/references/{referenceId}/withdraw']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/work-calendar']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/notifications/channels']").exists());
    }
}
