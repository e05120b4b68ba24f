package org.jianfu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container refuses an upload over the multipart limit before a controller is chosen (checked by
 * hand: a 100 MB file answers 413 in 30 ms, docs/trust.md); this is what the user reads then.
 */
class UploadTooLargeTests {

    final UploadTooLarge advice = new UploadTooLarge(DataSize.ofMegabytes(20));

    @Test
    void aBrowserGetsAChinesePage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/documents/7/files");
        request.addHeader("Accept", "text/html,application/xhtml+xml");
        MockHttpServletResponse response = new MockHttpServletResponse();
        ModelAndView page = advice.tooLarge(request, response);
        assertThat(page.getViewName()).isEqualTo("problem");
        assertThat(page.getStatus().value()).isEqualTo(413);
        assertThat(page.getModel().get("message")).asString().contains("不能超过 20 MB");
    }

    @Test
    void anApiClientGetsAProblemDetail() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/documents/7/files");
        request.addHeader("Accept", "text/html");
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(advice.tooLarge(request, response)).isNull();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"title\":\"文件过大\"").contains("不能超过 20 MB")
                .contains("\"instance\":\"/api/v1/documents/7/files\"");
    }
}
