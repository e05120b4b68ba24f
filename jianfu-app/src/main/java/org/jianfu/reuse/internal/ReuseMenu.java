package org.jianfu.reuse.internal;

import java.util.Set;
import org.jianfu.platform.MenuEntry;
import org.jianfu.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReuseMenu {

    @Bean
    MenuEntry reuseAuditMenuEntry() {
        return new MenuEntry(60, "查重审计", "/reuse/audit", "查", Set.of(Role.ADMIN, Role.MONITOR));
    }
}
