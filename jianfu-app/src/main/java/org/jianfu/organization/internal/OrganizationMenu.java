package org.jianfu.organization.internal;

import java.util.Set;
import org.jianfu.platform.MenuEntry;
import org.jianfu.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrganizationMenu {

    @Bean
    MenuEntry organizationMenuEntry() {
        return new MenuEntry(90, "组织机构", "/organization", "组", Set.of(Role.ADMIN, Role.MONITOR));
    }

    @Bean
    MenuEntry workCalendarMenuEntry() {
        return new MenuEntry(91, "工作日历", "/organization/calendar", "历", Set.of(Role.ADMIN, Role.MONITOR));
    }
}
