package org.jianfu.audit.internal;

import java.util.Set;
import org.jianfu.platform.MenuEntry;
import org.jianfu.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditMenu {

    @Bean
    MenuEntry auditLogMenuEntry() {
        return new MenuEntry(95, "审计日志", "/audit-log", "审", Set.of(Role.AUDITOR));
    }
}
