package org.jianfu.indicators.internal;

import org.jianfu.platform.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The 填报 tab: townships and villages go to their form, everyone else to the data requests. */
@Controller
@PreAuthorize("isAuthenticated()")
class IndicatorsHomeController {

    @GetMapping("/indicators")
    String home(Actor actor) {
        boolean grassroots = actor.divisionPath().chars().filter(c -> c == '.').count() >= 3;
        return grassroots ? "redirect:/indicators/forms" : "redirect:/indicators/requests";
    }
}
