package org.jianfu.indicators.internal;

import java.util.EnumSet;
import java.util.Set;
import org.jianfu.platform.MenuEntry;
import org.jianfu.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IndicatorsMenu {

    /** 填报 is the third tab on phones: the grassroots fill their form, departments manage requests. */
    @Bean
    MenuEntry indicatorsMenuEntry() {
        return new MenuEntry(30, "填报", "/indicators", "表", Role.WORK);
    }

    @Bean
    MenuEntry registryMenuEntry() {
        return new MenuEntry(70, "指标库", "/indicators/registry", "指", Role.WORK);
    }

    @Bean
    MenuEntry burdenMenuEntry() {
        return new MenuEntry(72, "填报负担", "/indicators/burden", "负", Set.of(Role.ADMIN, Role.MONITOR));
    }

    @Bean
    MenuEntry approvedFormsMenuEntry() {
        return new MenuEntry(71, "报表准入", "/indicators/approved-forms", "准", Set.of(Role.ADMIN, Role.MONITOR));
    }
}
