package org.jianfu.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jianfu.platform.Role;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** At most one reminder per item and day, an unread count, a daily digest for those who want it. */
@JianfuTest
class ReminderTests {

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    org.springframework.context.ApplicationContext context;

    private long account(String username) {
        return jdbc.sql("select id from identity.account where username = ?").param(username).query(Long.class).single();
    }

    @Test
    void theSameItemIsRemindedAtMostOnceADayAndTheDatabaseRefusesASecond() {
        long id = account("620102003.gov.cadre");
        assertThat(notifications.remind(id, "test:once", "请签收公文", "/")).isTrue();
        assertThat(notifications.remind(id, "test:once", "请签收公文（再次）", "/")).isFalse();
        assertThat(jdbc.sql("select count(*) from notifications.reminder where account_id = ? and item_key = 'test:once'")
                .param(id).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("insert into notifications.reminder (account_id, item_key, day, text) "
                + "select account_id, item_key, day, 'x' from notifications.reminder where account_id = ? and item_key = 'test:once'")
                .param(id).update()).hasMessageContaining("one_reminder_per_item_and_day");
    }

    @Test
    void theTopBarCountsUnreadAndOpeningTheInboxReadsThem() throws Exception {
        String user = "620102004.gov.cadre";
        long id = account(user);
        notifications.remind(id, "test:badge:1", "会议通知待确认", "/");
        notifications.remind(id, "test:badge:2", "填报任务待填写", "/");
        mvc.perform(get("/notifications/badge").with(signIn.as(user)))
                .andExpect(content().string(containsString("class=\"badge\">2<")));
        mvc.perform(get("/api/v1/notifications/unread-count").with(signIn.as(user))).andExpect(jsonPath("$.unread").value(2));
        mvc.perform(get("/notifications").with(signIn.as(user))).andExpect(status().isOk())
                .andExpect(content().string(containsString("会议通知待确认")));
        mvc.perform(get("/api/v1/notifications/unread-count").with(signIn.as(user))).andExpect(jsonPath("$.unread").value(0));
        mvc.perform(get("/notifications/badge").with(signIn.as(user))).andExpect(content().string(not(containsString("badge\""))));
    }

    @Test
    void nobodyReadsOrMarksAnotherAccountsReminders() throws Exception {
        long id = account("620102005.gov.cadre");
        notifications.remind(id, "test:private", "私人提醒", "/");
        long reminderId = jdbc.sql("select id from notifications.reminder where account_id = ? and item_key = 'test:private'")
                .param(id).query(Long.class).single();
        mvc.perform(post("/api/v1/notifications/" + reminderId + "/read").with(signIn.as("620102006.gov.cadre")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notifications").with(signIn.as("620102006.gov.cadre")))
                .andExpect(content().string(not(containsString("私人提醒"))));
        mvc.perform(post("/api/v1/notifications/" + reminderId + "/read").with(signIn.as("620102005.gov.cadre")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.changed").value(1));
    }

    @Test
    void anAccountOnTheDailyDigestSeesItsRemindersInOneBatch() throws Exception {
        String user = "620102007.gov.cadre";
        long id = account(user);
        mvc.perform(post("/notifications/settings").param("dailyDigest", "true").with(signIn.as(user)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        notifications.remind(id, "test:digest:1", "公文待签收", "/");
        notifications.remind(id, "test:digest:2", "检查待迎检", "/");
        mvc.perform(get("/api/v1/notifications/unread-count").with(signIn.as(user))).andExpect(jsonPath("$.unread").value(0));
        org.springframework.test.util.ReflectionTestUtils.invokeMethod(context.getBean("dailyDigest"), "deliver");
        mvc.perform(get("/api/v1/notifications/unread-count").with(signIn.as(user))).andExpect(jsonPath("$.unread").value(2));
    }

    @Test
    void remindingAUnitReachesOnlyTheRoleAsked() {
        long unitId = jdbc.sql("select unit_id from identity.account where username = '620102008.gov.leader'").query(Long.class).single();
        assertThat(notifications.remindUnit(unitId, Role.LEADER, "test:unit", "用车申请待审批", "/")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notifications.reminder r join identity.account a on a.id = r.account_id "
                + "where r.item_key = 'test:unit' and a.role <> 'LEADER'").query(Long.class).single()).isZero();
    }
}
