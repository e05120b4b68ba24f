package org.jianfu.monitoring.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 负担指数怎么算: the page the dashboard and the report point a person to. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
class BurdenIndexPage {

    private final BurdenIndexExplained explained;

    BurdenIndexPage(BurdenIndexExplained explained) {
        this.explained = explained;
    }

    @GetMapping("/monitoring/index-explained")
    String explained(Model model) {
        model.addAttribute("x", explained);
        return "monitoring/index-explained";
    }
}
