package org.jianfu.monitoring.internal;

import java.util.Set;
import org.jianfu.platform.MenuEntry;
import org.jianfu.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MonitoringMenu {

    @Bean
    MenuEntry monitoringMenuEntry() {
        return new MenuEntry(55, "减负监测", "/monitoring", "监", Set.of(Role.ADMIN, Role.MONITOR));
    }
}
