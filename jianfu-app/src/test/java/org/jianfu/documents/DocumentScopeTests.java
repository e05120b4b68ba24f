package org.jianfu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianfu.documents.DocumentsDriver.draft;

import java.util.ArrayList;
import java.util.List;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every GET route with a document, explanation or attachment id refuses a 城关区 clerk a 七里河区 record. */
@JianfuTest
@Import(DocumentsDriver.class)
class DocumentScopeTests {

    @Autowired
    DocumentsDriver api;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @Test
    void aCountyClerkReadsNoDocumentOfAnotherCounty() throws Exception {
        String clerk = "620103.gov-office.clerk";
        long id = api.issued(clerk, "620103.gov-office.leader", draft("NOTICE", "七里河区机密通知",
                "七里河区正文", List.of(api.townshipGovernment("620103").id()), false));
        api.post(clerk, "/api/v1/documents/" + id + "/remind", null);
        long draftId = api.createOk(clerk, draft("NOTICE", "七里河区草稿", "要压实责任。".repeat(700),
                List.of(api.townshipGovernment("620103").id()), false));
        MvcResult explanation = api.post(clerk, "/api/v1/documents/" + draftId + "/explanations",
                "{\"check\":\"length\",\"text\":\"需要部署的事项较多，确实无法压缩。\"}");
        String explanationId = DocumentsDriver.json(explanation, "$.id");
        List<String> called = new ArrayList<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (!info.getMethodsCondition().getMethods().isEmpty()
                    && !info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.contains("{documentId}") && !pattern.contains("{explanationId}")) {
                    continue;
                }
                String url = pattern.replace("{documentId}", String.valueOf(pattern.contains("edit") || pattern.contains("gate")
                                ? draftId : id)).replace("{explanationId}", explanationId).replace("{attachmentId}", "1");
                MvcResult r = api.get("620102.gov-office.clerk", url);
                called.add(url);
                assertThat(r.getResponse().getStatus()).as(url).isIn(403, 404);
                assertThat(r.getResponse().getContentAsString()).as(url).doesNotContain("七里河区机密通知")
                        .doesNotContain("七里河区草稿");
            }
        }
        assertThat(called).contains("/documents/" + id, "/api/v1/documents/" + id, "/documents/" + id + "/pdf",
                "/api/v1/documents/" + id + "/receipts", "/documents/explanations/" + explanationId);
        assertThat(api.get("jfb.620102", "/api/v1/documents/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.get("jfb.6201", "/api/v1/documents/" + id).getResponse().getStatus()).isEqualTo(200);
    }
}
