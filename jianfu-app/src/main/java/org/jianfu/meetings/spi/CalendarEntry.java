package org.jianfu.meetings.spi;

import java.time.LocalDateTime;

/**
 * One item on one unit's calendar.
 *
 * @param unitId          the unit it lands on (host, attendee, organiser)
 * @param kind            short Chinese label (会议, 督查检查)
 * @param key             unique across sources and units' copies, e.g. {@code meeting:12}
 * @param organiserUnitId the unit to warn about conflicts
 * @param todo            what the unit still has to do (待确认), or {@code null}
 */
public record CalendarEntry(long unitId, String kind, String key, String title, LocalDateTime start,
                            LocalDateTime end, long organiserUnitId, String organiserName, String place, String href,
                            String todo) {

    public boolean overlaps(CalendarEntry other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean sameDay(CalendarEntry other) {
        return start.toLocalDate().equals(other.start.toLocalDate());
    }
}
