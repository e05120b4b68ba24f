package org.jianfu.meetings;

import java.time.YearMonth;
import java.util.List;

/** What other modules (monitoring) may ask of meetings. Unscoped: callers apply the actor's scope. */
public interface Meetings {

    /** Per attending unit in the subtree of {@code divisionCode}: meetings and hours in {@code month}. */
    List<MeetingLoad> attendanceBelow(String divisionCode, YearMonth month);

    /** Meetings organised by units in the subtree of {@code divisionCode} in {@code year} (not cancelled). */
    long organisedBelow(String divisionCode, int year);
}
