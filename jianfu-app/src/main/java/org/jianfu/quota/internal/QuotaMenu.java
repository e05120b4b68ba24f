package org.jianfu.quota.internal;

import java.util.Set;
import org.jianfu.platform.MenuEntry;
import org.jianfu.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class QuotaMenu {

    @Bean
    MenuEntry quotaMenuEntry() {
        return new MenuEntry(15, "发文限额", "/quota", "额", Set.of(Role.ADMIN, Role.MONITOR, Role.CLERK, Role.LEADER));
    }
}
