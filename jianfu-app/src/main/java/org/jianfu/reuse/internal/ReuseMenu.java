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

    /** The offices' clerks keep the library; the 减负办 and the administrator too. */
    @Bean
    MenuEntry referenceLibraryMenuEntry() {
        return new MenuEntry(61, "参照文件库", "/reuse/references", "参", Set.of(Role.ADMIN, Role.MONITOR, Role.CLERK));
    }
}
