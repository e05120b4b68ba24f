package org.jianfu.meetings;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting was put on the calendar (planned, or approved after an over-quota explanation).
 * Monitoring counts the coming load on each attendee unit from it.
 *
 * @param hours           planned duration
 * @param attendeeUnitIds the invited units (receiving sites included)
 */
public record MeetingScheduled(long meetingId, long organiserUnitId, LocalDate date, double hours,
                               MeetingMode mode, MeetingType type, List<Long> attendeeUnitIds) {
}
