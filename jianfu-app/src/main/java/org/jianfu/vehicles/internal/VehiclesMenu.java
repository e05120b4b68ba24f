package org.jianfu.vehicles.internal;

import java.util.EnumSet;
import org.jianfu.platform.MenuEntry;
import org.jianfu.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VehiclesMenu {

    @Bean
    MenuEntry vehiclesMenuEntry() {
        return new MenuEntry(60, "公务用车", "/vehicles", "车", EnumSet.of(Role.CADRE, Role.CLERK, Role.LEADER));
    }

    @Bean
    MenuEntry carUsageMenuEntry() {
        return new MenuEntry(61, "用车统计", "/vehicles/usage", "统", EnumSet.of(Role.MONITOR, Role.ADMIN));
    }
}
