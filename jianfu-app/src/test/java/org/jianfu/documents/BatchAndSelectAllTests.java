package org.jianfu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianfu.documents.DocumentsDriver.draft;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** 批量签收 on the phone's inbox and 全选 of addressees by sort on the draft form (皋兰县). */
@JianfuTest
class BatchAndSelectAllTests {

    static final String CLERK = "620122.gov-office.clerk";
    static final String LEADER = "620122.gov-office.leader";

    @Autowired
    DocumentsDriver api;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    String cadre() {
        return api.townshipGovernment("620122").divisionCode() + ".gov.cadre";
    }

    long issued(String title) throws Exception {
        return api.issued(CLERK, LEADER, draft("NOTICE", title, "各乡镇：请抓好落实。",
                List.of(api.townshipGovernment("620122").id()), false));
    }

    @Test
    void aCadreSignsForSeveralDocumentsInOneTap() throws Exception {
        long a = issued("关于做好夏季农田灌溉工作的通知");
        long b = issued("关于开展夏季道路交通安全整治的通知");
        String inbox = api.get(cadre(), "/documents/inbox").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(inbox).contains("批量签收").contains("全选待签收").contains("value=\"" + a + "\"");

        MvcResult r = api.post(cadre(), "/api/v1/documents/inbox/sign-for", "{\"documentIds\":[%d,%d,%d]}".formatted(a, b, a));
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(DocumentsDriver.json(r, "$.signed")).isEqualTo("2");
        MvcResult again = mvc.perform(MockMvcRequestBuilders.post("/documents/inbox/sign-for").param("documentIds",
                String.valueOf(a)).with(signIn.as(cadre())).with(csrf())).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(302);
        assertThat(again.getFlashMap().get("ok")).isEqualTo("已签收 0 件，1 件无需签收");
        assertThat(api.post(cadre(), "/api/v1/documents/inbox/sign-for", "{\"documentIds\":[]}").getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("请先勾选要签收的公文");
    }

    @Test
    void theDraftFormOffersSelectAllBySort() throws Exception {
        String form = api.get(CLERK, "/documents/new").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("data-select-all=\"ALL\"").contains("全选政府").contains("data-select-key=\"GOVERNMENT\"");
    }
}
