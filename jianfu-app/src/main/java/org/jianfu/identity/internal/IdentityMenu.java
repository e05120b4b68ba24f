package org.jianfu.identity.internal;

import java.util.EnumSet;
import org.jianfu.platform.MenuEntry;
import org.jianfu.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityMenu {

    @Bean
    MenuEntry delegationMenuEntry() {
        return new MenuEntry(99, "委托", "/delegations", "托", EnumSet.of(Role.LEADER, Role.CLERK));
    }

    @Bean
    MenuEntry profileMenuEntry() {
        return new MenuEntry(100, "我的", "/me", "我", EnumSet.allOf(Role.class));
    }

    @Bean
    MenuEntry securityMenuEntry() {
        return new MenuEntry(90, "账号安全", "/security", "安", EnumSet.of(Role.SECURITY));
    }
}
