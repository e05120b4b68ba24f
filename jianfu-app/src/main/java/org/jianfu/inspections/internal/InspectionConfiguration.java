package org.jianfu.inspections.internal;

import java.util.EnumSet;
import org.jianfu.platform.MenuEntry;
import org.jianfu.platform.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InspectionLimits.class)
class InspectionConfiguration {

    @Bean
    MenuEntry inspectionsMenuEntry() {
        return new MenuEntry(36, "督查检查", "/inspections", "督", Role.WORK);
    }
}
