package org.jianfu.organization.internal.calendar;

import java.time.LocalDate;
import java.util.List;
import org.jianfu.organization.WorkCalendar;
import org.jianfu.platform.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 工作日历 over JSON: anyone signed in reads it (deadlines are counted on it); the administrator keeps it. */
@RestController
@RequestMapping("/api/v1/work-calendar")
class WorkCalendarApiController {

    record Day(boolean working, String name) {
    }

    record Deadline(LocalDate from, int workingDays, LocalDate due) {
    }

    private final WorkCalendar calendar;

    WorkCalendarApiController(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<WorkCalendar.KeptDay> year(@RequestParam int year) {
        return calendar.keptDays(year);
    }

    /** The due date {@code days} working days after {@code from}: what a 承办 deadline would be. */
    @GetMapping("/deadline")
    @PreAuthorize("isAuthenticated()")
    Deadline deadline(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam int days) {
        return new Deadline(from, days, calendar.addWorkingDays(from, days));
    }

    @PutMapping("/{day}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> keep(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                              @RequestBody Day body, Actor actor) {
        calendar.keep(actor, day, body.working(), body.name());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{day}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> forget(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                                Actor actor) {
        calendar.forget(actor, day);
        return ResponseEntity.noContent().build();
    }
}
