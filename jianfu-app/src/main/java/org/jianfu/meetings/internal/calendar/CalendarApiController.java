package org.jianfu.meetings.internal.calendar;

import java.time.Clock;
import java.time.LocalDate;
import org.jianfu.organization.Organization;
import org.jianfu.organization.OrganizationScope;
import org.jianfu.platform.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The 日程 week over REST. */
@RestController
@RequestMapping("/api/v1/calendar")
@PreAuthorize("isAuthenticated()")
class CalendarApiController {

    private final Calendar calendar;
    private final Organization organization;
    private final OrganizationScope scope;

    private final Clock clock;

    CalendarApiController(Calendar calendar, Organization organization, OrganizationScope scope, Clock clock) {
        this.clock = clock;
        this.calendar = calendar;
        this.organization = organization;
        this.scope = scope;
    }

    @GetMapping
    CalendarWeek mine(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                      Actor actor) {
        LocalDate today = LocalDate.now(clock);
        return calendar.week(organization.unit(actor.unitId()).orElseThrow(), week == null ? today : week, today);
    }

    @GetMapping("/units/{unitId}")
    CalendarWeek ofUnit(@PathVariable long unitId,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                        Actor actor) {
        LocalDate today = LocalDate.now(clock);
        return calendar.week(scope.readableUnit(actor, unitId), week == null ? today : week, today);
    }
}
