package org.jianfu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@JianfuTest
class LoginTests {

    /** the application clock (fixed in tests: never today) */
    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rightPasswordSignsInAndLandsOnTheHomePage() throws Exception {
        mvc.perform(formLogin("/login").user("620102.gov-office.leader").password(SignIn.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void signingInStartsANewSessionSoAPlantedSessionIdIsUseless() throws Exception {
        var planted = (org.springframework.mock.web.MockHttpSession) mvc.perform(get("/login")).andReturn()
                .getRequest().getSession();
        String before = planted.getId();
        var signedIn = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                        .param("username", "620102.gov-office.clerk").param("password", SignIn.DEMO_PASSWORD)
                        .session(planted).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(redirectedUrl("/")).andReturn();
        assertThat(signedIn.getRequest().getSession(false)).isNotNull();
        assertThat(signedIn.getRequest().getSession(false).getId()).isNotEqualTo(before);
    }

    @Test
    void wrongPasswordIsRefusedWithAChineseMessage() throws Exception {
        mvc.perform(formLogin("/login").user("620102.gov-office.clerk").password("wrong"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户名或密码错误")));
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAndAnInventedUsernameGetsTheSameAnswers() throws Exception {
        String username = "620103.edu.clerk";
        List<String> real = fiveWrongTries(username);
        assertThat(real).containsExactly("/login?error", "/login?error", "/login?error&left=2", "/login?error&left=1",
                "/login?error&wait=30");
        String refused = mvc.perform(formLogin("/login").user(username).password(SignIn.DEMO_PASSWORD)).andReturn()
                .getResponse().getRedirectedUrl();
        assertThat(refused).startsWith("/login?error&wait=");
        mvc.perform(get("/login").param("error", "").param("wait", "30"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请 30 秒后再试")));
        mvc.perform(get("/api/v1/me").with(httpBasic(username, SignIn.DEMO_PASSWORD))).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.title").value("尝试过于频繁"));

        // a username nobody has: the same answers, so nobody learns which usernames exist
        assertThat(fiveWrongTries("no-such-user-" + username)).isEqualTo(real);

        // the wait is over (or the administrator ended it): the right password works and clears the count
        jdbc.sql("update identity.login_throttle set blocked_until = ? where key like ?")
                .params(java.sql.Timestamp.from(clock.instant().minusSeconds(1)), "pair:" + username + "@%").update();
        mvc.perform(formLogin("/login").user(username).password(SignIn.DEMO_PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select count(*) from identity.login_throttle where key like ?").param("pair:" + username + "@%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theWaitGrowsWithEachFurtherFailureUpToFifteenMinutes() {
        var rule = new org.jianfu.identity.internal.ThrottleRuleProbe();
        assertThat(rule.pairWaits(12)).containsExactly(0L, 0L, 0L, 0L, 30L, 60L, 120L, 240L, 480L, 900L, 900L, 900L);
        assertThat(rule.accountCapSeconds()).isEqualTo(60);
    }

    private List<String> fiveWrongTries(String username) throws Exception {
        List<String> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(mvc.perform(formLogin("/login").user(username).password("guess" + i)).andReturn().getResponse()
                    .getRedirectedUrl());
        }
        return answers;
    }

    @Test
    void theApiAnswersAnonymousCallersWithAProblemDetailNotARedirect() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("未登录"));
    }

    @Test
    void pagesSendAnonymousVisitorsToTheLoginForm() throws Exception {
        mvc.perform(get("/").accept(org.springframework.http.MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void apiClientsMaySignInWithBasicCredentials() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("jfb.6201", SignIn.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("MONITOR"))
                .andExpect(jsonPath("$.divisionCode").value("6201"));
    }

    @Test
    void stateChangingFormsNeedTheCsrfToken() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                        .param("username", "admin").param("password", SignIn.DEMO_PASSWORD))
                .andExpect(status().isForbidden());
    }
}
