package org.jianfu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 三员分立: 系统管理员 (admin), 安全管理员 (secadmin) and 安全审计员 (auditor) each reach their own work and none
 * another's; the two security roles reach none of the 减负 work.
 */
@JianfuTest
class SeparationOfDutiesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    private int status(String username, String path) throws Exception {
        return mvc.perform(get(path).with(signIn.as(username))).andReturn().getResponse().getStatus();
    }

    @Test
    void eachOfTheThreeReachesItsOwnPagesAndNoneAnothers() throws Exception {
        Map<String, List<String>> own = Map.of(
                "admin", List.of("/documents", "/quota", "/monitoring", "/organization"),
                "secadmin", List.of("/security", "/api/v1/security/waiting"),
                "auditor", List.of("/audit-log", "/api/v1/audit-log"));
        for (var user : own.keySet()) {
            for (var entry : own.entrySet()) {
                for (String path : entry.getValue()) {
                    int status = status(user, path);
                    if (entry.getKey().equals(user)) {
                        assertThat(status).as(user + " " + path).isLessThan(400);
                    } else {
                        assertThat(status).as(user + " " + path).isEqualTo(403);
                    }
                }
            }
            assertThat(status(user, "/me")).as(user + " /me").isEqualTo(200);
            assertThat(status(user, "/")).as(user + " home").isEqualTo(200);
        }
        for (String work : List.of("/indicators", "/meetings", "/calendar", "/feedback", "/api/v1/quota/rules", "/reuse/audit")) {
            assertThat(status("secadmin", work)).as("secadmin " + work).isEqualTo(403);
            assertThat(status("auditor", work)).as("auditor " + work).isEqualTo(403);
        }
    }

    @Test
    void theSecurityAdministratorEndsAWaitAndTheAuditorSeesIt() throws Exception {
        String username = "620104.edu.clerk";
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("guess" + i));
        }
        assertThat(mvc.perform(get("/security").with(signIn.as("secadmin"))).andReturn().getResponse().getContentAsString())
                .contains(username);

        mvc.perform(post("/security/release").param("username", username).with(signIn.as("secadmin")).with(csrf()));
        mvc.perform(formLogin("/login").user(username).password(SignIn.DEMO_PASSWORD))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/"));
        assertThat(mvc.perform(get("/api/v1/audit-log").param("action", "解除登录等待").with(signIn.as("auditor"))).andReturn()
                .getResponse().getContentAsString()).contains("secadmin").contains("account:" + username);
        assertThat(mvc.perform(post("/security/release").param("username", username).with(signIn.as("admin")).with(csrf()))
                .andReturn().getResponse().getStatus()).as("the 系统管理员 cannot").isEqualTo(403);
    }
}
