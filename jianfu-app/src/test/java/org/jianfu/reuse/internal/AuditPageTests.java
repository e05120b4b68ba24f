package org.jianfu.reuse.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.jianfu.reuse.ReuseAudit;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The 查重审计 page as the 减负办 opens it: the ranked list, and a run's progress while it runs. */
@JianfuTest
class AuditPageTests {

    static final String COUNTY_OFFICE = "jfb.620102";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    ReuseAudit audit;

    @Test
    void theRankedListShowsEachDocumentsCopyRatioAndSource() throws Exception {
        audit.run(2019, "620102", ReuseAudit.Progress.none());
        String page = render(get("/reuse/audit").param("year", "2019").param("division", "620102"));
        assertThat(page).contains("按复制比排序").contains("最大来源").containsPattern("\\d+%</span>").contains("</html>");
    }

    @Test
    void aRunShowsItsProgressAndThenItsOutcome() throws Exception {
        // the answer to starting a run is the status box, drawn while the run has only begun
        String started = render(post("/reuse/audit/run").param("year", "2018").param("division", "620102").with(csrf()));
        assertThat(started).contains("id=\"audit-status\"").containsAnyOf("<progress", "已检查");
        String polled = render(get("/reuse/audit/status").param("year", "2018").param("division", "620102"));
        assertThat(polled).contains("id=\"audit-status\"").containsAnyOf("<progress", "已检查");
    }

    private String render(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(signIn.as(COUNTY_OFFICE))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
