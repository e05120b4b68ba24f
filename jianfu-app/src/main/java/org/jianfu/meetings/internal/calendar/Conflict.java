package org.jianfu.meetings.internal.calendar;

import org.jianfu.meetings.spi.CalendarEntry;

/** Two items of one unit at the same time, or on the same day. */
public record Conflict(CalendarEntry first, CalendarEntry second) {

    public boolean overlapping() {
        return first.overlaps(second);
    }

    public String label() {
        return overlapping() ? "时间冲突" : "同日两项";
    }
}
