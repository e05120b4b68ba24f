package org.jianfu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        String username = "620103.edu.clerk";
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("guess" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(username).password(SignIn.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        // a locked account and an invented username get the same answer: nobody learns which usernames exist
        for (int i = 0; i < 6; i++) {
            mvc.perform(formLogin("/login").user("no-such-user-" + username).password("guess" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(get("/api/v1/me").with(httpBasic(username, SignIn.DEMO_PASSWORD))).andExpect(status().isUnauthorized());

        jdbc.sql("update identity.account set locked_until = ? where username = ?")
                .params(java.sql.Timestamp.from(clock.instant().minusSeconds(60)), username).update();
        mvc.perform(formLogin("/login").user(username).password(SignIn.DEMO_PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select failed_attempts from identity.account where username = ?").param(username)
                .query(Integer.class).single()).isZero();
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
