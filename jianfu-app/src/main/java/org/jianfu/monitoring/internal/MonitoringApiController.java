package org.jianfu.monitoring.internal;

import org.jianfu.platform.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's figures as JSON: the same {@link AreaFigures} the page, exports and report use. */
@RestController
@RequestMapping("/api/v1/monitoring")
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
class MonitoringApiController {

    private final BurdenFigures figures;

    MonitoringApiController(BurdenFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/areas/{code}")
    AreaFigures area(@PathVariable String code, @RequestParam(defaultValue = "2019") int year, Actor actor) {
        return figures.of(actor, code, year);
    }
}
