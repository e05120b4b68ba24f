package org.jianfu.meetings.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.jianfu.meetings.spi.CalendarEntry;

/**
 * One unit's week: the items day by day, the conflicts among them, and how many items the rest of
 * the month holds.
 *
 * @param latestActive when this week and the future are empty, the last week that had items (demo years)
 */
public record CalendarWeek(long unitId, String unitName, LocalDate monday, List<Day> days, List<Conflict> conflicts,
                           int restOfMonth, LocalDate latestActive) {

    public record Day(LocalDate date, List<CalendarEntry> entries) {

        public String label() {
            String[] names = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
            return date.getMonthValue() + "月" + date.getDayOfMonth() + "日 " + names[date.getDayOfWeek().getValue() - 1];
        }
    }

    public static LocalDate mondayOf(LocalDate date) {
        return date.with(DayOfWeek.MONDAY);
    }

    public boolean conflicting(CalendarEntry e) {
        return conflicts.stream().anyMatch(c -> c.first().key().equals(e.key()) || c.second().key().equals(e.key()));
    }

    public boolean empty() {
        return days.stream().allMatch(d -> d.entries().isEmpty());
    }
}
