package org.jianfu.meetings.internal.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jianfu.organization.Organization;
import org.jianfu.organization.OrganizationScope;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.web.DownloadNames;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

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

    /** The month view: each day of the month with its items, for planning beyond the week. */
    @GetMapping("/calendar/month")
    String month(@RequestParam(required = false) String month, Actor actor, Model model) {
        Unit unit = organization.unit(actor.unitId()).orElseThrow();
        YearMonth shown;
        try {
            shown = month == null || month.isBlank() ? YearMonth.now(clock) : YearMonth.parse(month.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.jianfu.platform.BadRequestException("月份格式应为 2026-06");
        }
        if (shown.getYear() < 2000 || shown.getYear() > 2999) {
            throw new org.jianfu.platform.BadRequestException("月份应在 2000 年到 2999 年之间");
        }
        model.addAttribute("unitName", unit.name());
        model.addAttribute("month", shown);
        model.addAttribute("days", calendar.month(unit, shown));
        return "meetings/month";
    }

    /**
     * The unit's 日程 as an iCalendar file (RFC 5545) for a phone's or desktop's own calendar: from a week ago to
     * three months ahead.
     */
    @GetMapping(value = "/calendar.ics", produces = "text/calendar;charset=UTF-8")
    @ResponseBody
    ResponseEntity<String> ics(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        Unit unit = organization.unit(actor.unitId()).orElseThrow();
        String body = IcsCalendar.of(unit.name(), calendar.entries(List.of(unit.id()), today.minusDays(7), today.plusMonths(3)),
                clock.instant());
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.header(false, unit.name() + "日程.ics"))
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8")).body(body);
    }

    private String show(Unit unit, LocalDate week, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("week", calendar.week(unit, week == null ? today : week, today));
        model.addAttribute("today", today);
        return VIEW;
    }
}
