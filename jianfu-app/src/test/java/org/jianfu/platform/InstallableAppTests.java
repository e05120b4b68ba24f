package org.jianfu.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The manifest, service worker and offline page are public; every page links them. */
@JianfuTest
class InstallableAppTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Test
    void theAppFilesNeedNoSession() throws Exception {
        mvc.perform(get("/manifest.webmanifest")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"start_url\": \"/\"")));
        mvc.perform(get("/sw.js")).andExpect(status().isOk()).andExpect(content().string(containsString("offline.html")));
        String offline = mvc.perform(get("/offline.html")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(offline).contains("当前没有网络");
        mvc.perform(get("/icons/icon-192.png")).andExpect(status().isOk());
    }

    @Test
    void everyPageLinksTheManifestAndTheOfflineQueueButPagesStayPrivate() throws Exception {
        org.assertj.core.api.Assertions.assertThat(mvc.perform(get("/")).andReturn().getResponse().getStatus()).isIn(302, 401);
        mvc.perform(get("/").with(signIn.as("620102001.gov.cadre"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("rel=\"manifest\"")))
                .andExpect(content().string(containsString("/js/offline-queue.js")))
                .andExpect(content().string(containsString("name=\"jianfu-user\" content=\"620102001.gov.cadre\"")));
    }
}
