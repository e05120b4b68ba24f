package org.jianfu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * No inline script or style attribute is allowed by the CSP (an injected {@code <script>} or handler cannot run);
 * the one inline style sheet of a first visit is allowed by its hash, and no template relies on what the
 * policy refuses.
 */
@JianfuTest
class ContentSecurityPolicyTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SCRIPTS = Path.of("src/main/resources/static/js");

    @Autowired
    MockMvc mvc;

    @Test
    void thePolicyAllowsNoInlineScriptOrStyleButTheFirstVisitSheetByItsHash() throws Exception {
        MvcResult login = mvc.perform(get("/login")).andReturn();
        String policy = login.getResponse().getHeader("Content-Security-Policy");
        assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").contains("script-src 'self';");

        Matcher inline = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(login.getResponse().getContentAsString());
        assertThat(inline.find()).as("a first visit gets the sheet inside the page").isTrue();
        assertThat(policy).contains("'" + ContentSecurityPolicy.hash(inline.group(1)) + "'");
    }

    @Test
    void noTemplateOrScriptUsesAStyleAttributeAnInlineHandlerOrAnInlineScript() throws IOException {
        Pattern refused = Pattern.compile("\\sstyle=\"|th:style=|\\son[a-z]+=\"|<script(?![^>]*\\bsrc=)[^>]*>|setAttribute\\(\"style\"");
        List<String> offenders;
        try (Stream<Path> files = Stream.concat(Files.walk(TEMPLATES), Files.walk(SCRIPTS))) {
            offenders = files.filter(Files::isRegularFile).flatMap(file -> {
                try {
                    List<String> lines = Files.readAllLines(file);
                    return java.util.stream.IntStream.range(0, lines.size())
                            .filter(i -> refused.matcher(lines.get(i)).find() && !lines.get(i).contains("<style th:if"))
                            .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(offenders).isEmpty();
    }
}
