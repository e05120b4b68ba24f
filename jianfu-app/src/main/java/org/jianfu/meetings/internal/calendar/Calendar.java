package org.jianfu.meetings.internal.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jianfu.meetings.spi.CalendarEntry;
import org.jianfu.meetings.spi.CalendarSource;
import org.jianfu.organization.Unit;
import org.springframework.stereotype.Service;

/** A unit's 日程: every contributed item (meetings, inspections …) merged, and the conflicts among them. */
@Service
public class Calendar {

    private final List<CalendarSource> sources;

    Calendar(List<CalendarSource> sources) {
        this.sources = sources;
    }

    public List<CalendarEntry> entries(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return sources.stream().flatMap(s -> s.entriesFor(unitIds, from, to).stream())
                .sorted(Comparator.comparing(CalendarEntry::start).thenComparing(CalendarEntry::key)).toList();
    }

    /** Pairs of one unit's items on the same day (overlapping in time or not). */
    public static List<Conflict> conflicts(List<CalendarEntry> entries) {
        Map<Long, List<CalendarEntry>> byUnit = entries.stream()
                .collect(Collectors.groupingBy(CalendarEntry::unitId));
        List<Conflict> found = new ArrayList<>();
        for (List<CalendarEntry> own : byUnit.values()) {
            for (int i = 0; i < own.size(); i++) {
                for (int j = i + 1; j < own.size(); j++) {
                    CalendarEntry a = own.get(i);
                    CalendarEntry b = own.get(j);
                    if (!a.key().equals(b.key()) && a.sameDay(b)) {
                        found.add(new Conflict(a, b));
                    }
                }
            }
        }
        return found;
    }

    /** The unit's week around {@code day}, with conflicts and the count of items later in that month. */
    public CalendarWeek week(Unit unit, LocalDate day, LocalDate today) {
        LocalDate monday = CalendarWeek.mondayOf(day);
        LocalDate sunday = monday.plusDays(6);
        LocalDate monthEnd = day.withDayOfMonth(day.lengthOfMonth());
        List<CalendarEntry> all = entries(List.of(unit.id()), monday, sunday.isAfter(monthEnd) ? sunday : monthEnd);
        List<CalendarEntry> week = all.stream().filter(e -> !e.start().toLocalDate().isAfter(sunday)).toList();
        int rest = (int) all.stream().filter(e -> e.start().toLocalDate().isAfter(sunday)).count();
        List<CalendarWeek.Day> days = monday.datesUntil(sunday.plusDays(1))
                .map(d -> new CalendarWeek.Day(d, week.stream().filter(e -> e.start().toLocalDate().equals(d)).toList()))
                .toList();
        LocalDate latest = null;
        if (week.isEmpty() && rest == 0 && entries(List.of(unit.id()), today, today.plusYears(1)).isEmpty()) {
            List<CalendarEntry> past = entries(List.of(unit.id()), today.minusYears(10), today);
            latest = past.isEmpty() ? null : past.getLast().start().toLocalDate();
        }
        return new CalendarWeek(unit.id(), unit.name(), monday, days, conflicts(week), rest, latest);
    }

    /** The unit's month: every day of it with its items (the month view of 日程). */
    public List<CalendarWeek.Day> month(Unit unit, java.time.YearMonth month) {
        List<CalendarEntry> all = entries(List.of(unit.id()), month.atDay(1), month.atEndOfMonth());
        return month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1))
                .map(d -> new CalendarWeek.Day(d, all.stream().filter(e -> e.start().toLocalDate().equals(d)).toList()))
                .toList();
    }

    /** Conflicts of the item {@code key} with other items of the units it lands on, that day. */
    public List<Conflict> conflictsOf(String key, Collection<Long> unitIds, LocalDate day) {
        return conflicts(entries(unitIds, day, day)).stream()
                .filter(c -> c.first().key().equals(key) || c.second().key().equals(key))
                .map(c -> c.first().key().equals(key) ? c : new Conflict(c.second(), c.first()))
                .toList();
    }
}
