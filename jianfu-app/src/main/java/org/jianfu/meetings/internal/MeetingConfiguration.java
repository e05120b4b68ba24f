package org.jianfu.meetings.internal;

import java.util.EnumSet;
import org.jianfu.platform.MenuEntry;
import org.jianfu.platform.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The meeting limits and the two menu entries: 日程 for everyone, 会议 for those who organise or review. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MeetingLimits.class)
class MeetingConfiguration {

    @Bean
    MenuEntry calendarMenuEntry() {
        return new MenuEntry(20, "日程", "/calendar", "日", Role.WORK);
    }

    @Bean
    MenuEntry meetingsMenuEntry() {
        return new MenuEntry(35, "会议", "/meetings", "会", EnumSet.of(Role.ADMIN, Role.MONITOR, Role.CLERK, Role.LEADER));
    }
}
