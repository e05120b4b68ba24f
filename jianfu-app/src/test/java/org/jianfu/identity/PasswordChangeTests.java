package org.jianfu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** 修改密码 on 我的 and in the API, the policy's Chinese reasons, and the first administrator's forced change. */
@JianfuTest
class PasswordChangeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    SignIn signIn;

    /** An account of its own per test, so no other test's sign-in depends on its password. */
    private String account(boolean mustChange) {
        String username = "pw-" + System.nanoTime();
        jdbc.sql("""
                        insert into identity.account (username, display_name, password_hash, role, unit_id, must_change_password)
                        select ?, '测试', ?, 'CLERK', unit_id, ? from identity.account where username = '620102.gov-office.clerk'""")
                .params(username, passwords.encode(SignIn.DEMO_PASSWORD), mustChange).update();
        return username;
    }

    private String change(String username, String current, String replacement, String repeated) throws Exception {
        MvcResult r = mvc.perform(post("/me/password").with(signIn.as(username)).with(csrf())
                .param("current", current).param("replacement", replacement).param("repeated", repeated)).andReturn();
        Object error = r.getFlashMap().get("error");
        return error != null ? error.toString() : String.valueOf(r.getFlashMap().get("ok"));
    }

    @Test
    void theNewPasswordMustMeetThePolicyAndThenSignsIn() throws Exception {
        String username = account(false);
        assertThat(change(username, "wrong", "Xq7!mountain", "Xq7!mountain")).isEqualTo("当前密码不正确");
        assertThat(change(username, SignIn.DEMO_PASSWORD, "short1A", "short1A")).contains("至少 10 位");
        assertThat(change(username, SignIn.DEMO_PASSWORD, "alllowercase", "alllowercase")).contains("至少三类");
        assertThat(change(username, SignIn.DEMO_PASSWORD, "Ab1" + username, "Ab1" + username)).contains("不能包含用户名");
        assertThat(change(username, SignIn.DEMO_PASSWORD, "Xq7!mountain", "Xq7!mountaim")).isEqualTo("两次输入的新密码不一致");
        assertThat(change(username, SignIn.DEMO_PASSWORD, SignIn.DEMO_PASSWORD + "x", SignIn.DEMO_PASSWORD + "x")).isEqualTo("密码已修改");
        assertThat(change(username, SignIn.DEMO_PASSWORD + "x", SignIn.DEMO_PASSWORD, SignIn.DEMO_PASSWORD))
                .as("a recent password comes back").contains("最近 5 次");

        mvc.perform(formLogin("/login").user(username).password(SignIn.DEMO_PASSWORD + "x")).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select count(*) from audit.entry where action = '修改密码' and username = ?").param(username)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aGeneratedFirstPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String username = account(true);
        assertThat(mvc.perform(get("/documents").with(signIn.as(username))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/me");
        MvcResult api = mvc.perform(get("/api/v1/quota/rules").with(signIn.as(username))).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(403);
        assertThat(api.getResponse().getContentAsString()).contains("请先修改初始密码");
        assertThat(mvc.perform(get("/me").with(signIn.as(username))).andReturn().getResponse().getContentAsString())
                .contains("请先修改密码");

        MvcResult changed = mvc.perform(put("/api/v1/me/password").with(signIn.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"current\":\"" + SignIn.DEMO_PASSWORD + "\",\"replacement\":\"Gansu#2026road\"}")).andReturn();
        assertThat(changed.getResponse().getStatus()).isEqualTo(204);
        assertThat(mvc.perform(get("/documents").with(signIn.as(username))).andReturn().getResponse().getStatus()).isEqualTo(200);
    }
}
