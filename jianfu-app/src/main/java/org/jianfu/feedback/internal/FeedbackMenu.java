package org.jianfu.feedback.internal;

import java.util.Set;
import org.jianfu.platform.MenuEntry;
import org.jianfu.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FeedbackMenu {

    @Bean
    MenuEntry feedbackMenuEntry() {
        return new MenuEntry(60, "减负观察点", "/feedback", "察", Role.WORK);
    }
}
