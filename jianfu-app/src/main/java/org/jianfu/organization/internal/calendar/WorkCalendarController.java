package org.jianfu.organization.internal.calendar;

import java.time.Clock;
import java.time.LocalDate;
import org.jianfu.organization.WorkCalendar;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 工作日历 page: the year's holidays and 调休 working days; the administrator adds and removes them. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
class WorkCalendarController {

    private final WorkCalendar calendar;
    private final Clock clock;

    WorkCalendarController(WorkCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/organization/calendar")
    String page(@RequestParam(required = false) Integer year, Actor actor, Model model) {
        int shown = year != null ? year : LocalDate.now(clock).getYear();
        model.addAttribute("year", shown);
        model.addAttribute("days", calendar.keptDays(shown));
        model.addAttribute("mayEdit", actor.isAdmin());
        return "organization/calendar";
    }

    @PostMapping("/organization/calendar")
    @PreAuthorize("hasRole('ADMIN')")
    String keep(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                @RequestParam(defaultValue = "false") boolean working, @RequestParam(required = false) String name,
                Actor actor, RedirectAttributes flash) {
        try {
            calendar.keep(actor, day, working, name);
            flash.addFlashAttribute("ok", "已登记 " + day);
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/organization/calendar" + (day == null ? "" : "?year=" + day.getYear());
    }

    @PostMapping("/organization/calendar/{day}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String forget(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Actor actor,
                  RedirectAttributes flash) {
        try {
            calendar.forget(actor, day);
            flash.addFlashAttribute("ok", "已删除 " + day);
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/organization/calendar?year=" + day.getYear();
    }
}
