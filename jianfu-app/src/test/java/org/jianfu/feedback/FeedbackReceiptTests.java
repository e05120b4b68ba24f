package org.jianfu.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** POST-redirect-GET on the anonymous report: a refresh files nothing and the secret is shown once, never in a URL. */
@JianfuTest
class FeedbackReceiptTests {

    static final String AUTHOR = "620123102.gov.cadre";

    @Autowired MockMvc mvc;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;

    long reports() {
        return jdbc.sql("select count(*) from feedback.report").query(Long.class).single();
    }

    @Test
    void refreshingTheReceiptFilesNoSecondReportAndShowsTheSecretOnlyOnce() throws Exception {
        Unit causing = organization.unitsOf("620123").stream().filter(u -> u.unitKey().equals("agri")).findFirst().orElseThrow();
        long before = reports();
        MvcResult posted = mvc.perform(post("/feedback/new").with(signIn.as(AUTHOR)).with(csrf())
                .param("category", "FORMS").param("causingUnitId", String.valueOf(causing.id()))
                .param("body", "农业农村局每周要一次同样的报表。")).andReturn();
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/feedback/receipt");
        assertThat(reports()).isEqualTo(before + 1);
        String secret = (String) posted.getFlashMap().get("secret");
        assertThat(secret).isNotBlank();

        String receipt = mvc.perform(get("/feedback/receipt").flashAttrs(posted.getFlashMap()).with(signIn.as(AUTHOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(receipt).contains(secret).contains((String) posted.getFlashMap().get("publicCode"));

        MvcResult refreshed = mvc.perform(get("/feedback/receipt").with(signIn.as(AUTHOR))).andReturn();
        assertThat(refreshed.getResponse().getRedirectedUrl()).isEqualTo("/feedback");
        assertThat(refreshed.getResponse().getContentAsString()).doesNotContain(secret);
        assertThat(reports()).isEqualTo(before + 1);

        MvcResult note = mvc.perform(post("/feedback/follow-up/note").with(signIn.as(AUTHOR)).with(csrf())
                .param("publicCode", (String) posted.getFlashMap().get("publicCode")).param("secret", secret)
                .param("note", "补充：本周又要了一次。")).andReturn();
        assertThat(note.getResponse().getRedirectedUrl()).isEqualTo("/feedback/follow-up").doesNotContain(secret);
        assertThat(mvc.perform(get("/feedback/follow-up").flashAttrs(note.getFlashMap()).with(signIn.as(AUTHOR)))
                .andReturn().getResponse().getContentAsString()).contains("补充内容已提交").contains("本周又要了一次");
    }
}
