package org.jianfu.feedback.internal.survey;

import java.util.Set;
import org.jianfu.platform.MenuEntry;
import org.jianfu.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SurveyMenu {

    @Bean
    MenuEntry surveyMenuEntry() {
        return new MenuEntry(65, "获得感问卷", "/feedback/surveys", "问", Set.of(Role.CADRE, Role.MONITOR, Role.ADMIN));
    }
}
