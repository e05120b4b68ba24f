package org.jianfu.todo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** An item with a one-tap action is done from the list: htmx posts, the row says it is done. */
@JianfuTest
class OneTapTodoTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Test
    void itemsWithoutAnActionKeepTheSixArgumentShape() {
        TodoItem plain = new TodoItem("待签收", "关于……的通知", "城关区政府办公室", "/documents/1", Instant.now(), false);
        assertThat(plain.hasAction()).isFalse();
        assertThat(new TodoItem("待审批", "t", "f", "/x", Instant.now(), true, "批准", "/x/approve").hasAction()).isTrue();
    }

    @Test
    void aLeaderApprovesACarRequestStraightFromTheList() throws Exception {
        // its own future day, different on every run, so a kept database holds no earlier request for it
        String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(40 + 100 * java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 400)).toString();
        String location = mvc.perform(post("/vehicles/requests").with(signIn.as("620102009.gov.cadre")).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("purpose=一键审批测试&startsAt=" + day + "T09:00&endsAt=" + day + "T10:00&fromPlace=街道&toPlace=社区&passengers=1"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String approve = location + "/approve";
        mvc.perform(get("/").with(signIn.as("620102009.gov.leader")))
                .andExpect(content().string(containsString("hx-post=\"" + approve + "\"")));
        mvc.perform(post(approve).header("HX-Request", "true").with(signIn.as("620102009.gov.leader")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已批准用车申请")));
        mvc.perform(get("/").with(signIn.as("620102009.gov.leader"))).andExpect(content().string(not(containsString(approve))));
        mvc.perform(post(approve).header("HX-Request", "true").with(signIn.as("620102009.gov.leader")).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("该申请已处理")));
    }
}
