package org.jianfu.documents.internal;

import java.util.Set;
import org.jianfu.platform.MenuEntry;
import org.jianfu.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DocumentsMenu {

    @Bean
    MenuEntry documentsMenuEntry() {
        return new MenuEntry(10, "公文", "/documents", "文", Set.of(Role.CLERK, Role.LEADER, Role.MONITOR, Role.ADMIN));
    }

    @Bean
    MenuEntry inboxMenuEntry() {
        return new MenuEntry(11, "收文", "/documents/inbox", "收", Set.of(Role.CLERK, Role.LEADER, Role.CADRE));
    }

    @Bean
    MenuEntry incomingMenuEntry() {
        return new MenuEntry(13, "收文办理", "/incoming", "办", Set.of(Role.CLERK, Role.LEADER));
    }

    @Bean
    MenuEntry explanationsMenuEntry() {
        return new MenuEntry(12, "超限审批", "/documents/explanations", "批", Set.of(Role.MONITOR));
    }
}
