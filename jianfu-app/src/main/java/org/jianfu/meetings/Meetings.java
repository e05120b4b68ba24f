package org.jianfu.meetings;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.jianfu.meetings.spi.CalendarEntry;

/** What other modules (monitoring) may ask of meetings. Unscoped: callers apply the actor's scope. */
public interface Meetings {

    /** Per attending unit in the subtree of {@code divisionCode}: meetings and hours in {@code month}. */
    List<MeetingLoad> attendanceBelow(String divisionCode, YearMonth month);

    /** Meetings organised by units in the subtree of {@code divisionCode} in {@code year} (not cancelled). */
    long organisedBelow(String divisionCode, int year);

    /**
     * Everything on the 日程 of these units (meetings and what other modules contribute) starting
     * within [from, to], so an organiser elsewhere can see what its date collides with.
     */
    List<CalendarEntry> calendar(Collection<Long> unitIds, LocalDate from, LocalDate to);
}
