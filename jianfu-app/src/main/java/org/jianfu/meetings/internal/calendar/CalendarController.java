package org.jianfu.meetings.internal.calendar;

import java.time.Clock;
import java.time.LocalDate;
import org.jianfu.organization.Organization;
import org.jianfu.organization.OrganizationScope;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 日程: the week of the signed-in unit (one tap from the menu), or of a unit in a 减负办's subtree. */
@Controller
@PreAuthorize("isAuthenticated()")
class CalendarController {

    static final String VIEW = "meetings/calendar";

    private final Calendar calendar;
    private final Organization organization;
    private final OrganizationScope scope;

    private final Clock clock;

    CalendarController(Calendar calendar, Organization organization, OrganizationScope scope, Clock clock) {
        this.clock = clock;
        this.calendar = calendar;
        this.organization = organization;
        this.scope = scope;
    }

    @GetMapping("/calendar")
    String mine(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                Actor actor, Model model) {
        return show(organization.unit(actor.unitId()).orElseThrow(), week, model);
    }

    @GetMapping("/calendar/units/{unitId}")
    String ofUnit(@PathVariable long unitId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                  Actor actor, Model model) {
        return show(scope.readableUnit(actor, unitId), week, model);
    }

    private String show(Unit unit, LocalDate week, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("week", calendar.week(unit, week == null ? today : week, today));
        model.addAttribute("today", today);
        return VIEW;
    }
}
