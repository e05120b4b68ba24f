package org.jianfu.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a person reads about the burden index: an explanation in Chinese on a page of its own and in
 * the printed report, with the weights in force, never a developer's file name.
 */
@JianfuTest
class BurdenIndexExplainedTests {

    @Autowired MockMvc mvc;
    @Autowired SignIn signIn;

    @Test
    void theDashboardLinksToTheExplanationInsteadOfADeveloperFile() throws Exception {
        String page = page("/monitoring/areas/6201?year=2019");
        assertThat(page).doesNotContain("docs/").doesNotContain(".md")
                .contains("href=\"/monitoring/index-explained\"").contains("负担指数说明");
    }

    @Test
    void theExplanationPageGivesTheFormulaTheWeightsAndAWorkedExample() throws Exception {
        String page = page("/monitoring/index-explained");
        assertThat(page).contains("基层负担指数怎么算").contains("每个乡镇（街道）、村（社区）每月")
                .contains("督查检查").contains("3.0").contains("清单外事项").contains("2.0")
                .contains("38").contains("1.58").doesNotContain("docs/");
    }

    @Test
    void thePrintedReportExplainsTheIndexItself() throws Exception {
        var response = mvc.perform(get("/monitoring/areas/620102/report/pdf?year=2019").with(signIn.as("jfb.62")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        try (var doc = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).doesNotContain("docs/").doesNotContain("burden-index")
                    .contains("负担指数说明").contains("接待督查检查");
        }
    }

    private String page(String url) throws Exception {
        var response = mvc.perform(get(url).with(signIn.as("jfb.62"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }
}
