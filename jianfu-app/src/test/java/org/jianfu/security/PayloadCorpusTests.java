package org.jianfu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Hostile input into every route of the route table, as the administrator (who may reach the most):
 * XSS, SQL injection, path traversal in path variables; malformed, oversized and invalid-UTF-8
 * bodies on every state-changing API route. Nothing may fail with 500, echo a script unescaped,
 * or change the stored data.
 */
@JianfuTest
class PayloadCorpusTests {

    static final List<String> PATH_PAYLOADS = List.of("<script>alert(1)</script>", "' or '1'='1", "1; drop table identity.account",
            "../../../etc/passwd", "%00", "9".repeat(40), "-1", "１２３", "\uD83D\uDE00");

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @Test
    void hostilePathVariablesNeverBreakTheServerNorComeBackUnescaped() throws Exception {
        long accounts = accountCount();
        List<String> called = new ArrayList<>();
        for (var info : mappings.getHandlerMethods().keySet()) {
            if (!isGet(info)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.contains("{") || pattern.contains("**")) {
                    continue;
                }
                for (String payload : PATH_PAYLOADS) {
                    String url = pattern.replaceAll("\\{[^}]+}", URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20"));
                    MvcResult result = mvc.perform(get(url).with(signIn.as("admin"))).andReturn();
                    called.add(url);
                    assertThat(result.getResponse().getStatus()).as(url).isBetween(200, 499);
                    assertThat(result.getResponse().getContentAsString()).as(url).doesNotContain("<script>alert(1)</script>");
                }
            }
        }
        assertThat(called).isNotEmpty();
        assertThat(accountCount()).isEqualTo(accounts);
    }

    @Test
    void malformedOversizedAndInvalidUtf8BodiesAreRefusedCleanly() throws Exception {
        long accounts = accountCount();
        byte[] invalidUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        byte[] oversized = ("{\"title\":\"" + "文".repeat(1_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        List<byte[]> bodies = List.of("{".getBytes(StandardCharsets.UTF_8), "[]".getBytes(StandardCharsets.UTF_8),
                "{\"id\": \"<script>alert(1)</script>\"}".getBytes(StandardCharsets.UTF_8), invalidUtf8, oversized);
        int routes = 0;
        for (var info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") || methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                    continue;
                }
                routes++;
                String url = pattern.replaceAll("\\{[^}]+}", "1");
                for (RequestMethod method : methods) {
                    for (byte[] body : bodies) {
                        MvcResult result = mvc.perform(request(HttpMethod.valueOf(method.name()), url).with(signIn.as("admin"))
                                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
                        assertThat(result.getResponse().getStatus()).as(method + " " + url).isBetween(400, 499);
                        assertThat(result.getResponse().getContentAsString()).doesNotContain("<script>alert(1)</script>");
                    }
                }
            }
        }
        assertThat(accountCount()).isEqualTo(accounts);
        assertThat(routes).isGreaterThanOrEqualTo(0);
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        byte[] oversized = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(oversized, (byte) 'a');
        MvcResult result = mvc.perform(request(HttpMethod.POST, "/api/v1/me").with(signIn.as("admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(oversized)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(413);
        assertThat(result.getResponse().getContentAsString()).contains("请求过大");
    }

    private static boolean isGet(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }

    private long accountCount() {
        return jdbc.sql("select count(*) from identity.account").query(Long.class).single();
    }
}
