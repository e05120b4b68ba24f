package org.jianfu.todo;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@JianfuTest
class HomePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Test
    void theHomePageShowsTheTodosAndOnlyTheMenuTheRoleAllows() throws Exception {
        mvc.perform(get("/").with(signIn.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("待办")))
                .andExpect(content().string(containsString("组织机构")));
        mvc.perform(get("/").with(signIn.as("620102001.gov.cadre")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("组织机构"))));
    }
}
