package org.jianfu.monitoring.internal;

import org.jianfu.platform.Actor;
import org.jianfu.platform.time.Years;
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

    private final Years years;

    MonitoringApiController(BurdenFigures figures, Years years) {
        this.years = years;
        this.figures = figures;
    }

    @GetMapping("/areas/{code}")
    AreaFigures area(@PathVariable String code, @RequestParam(name = "year", required = false) Integer requestedYear, Actor actor) {
        int year = requestedYear != null ? requestedYear : years.current();
        return figures.of(actor, code, year);
    }
}
