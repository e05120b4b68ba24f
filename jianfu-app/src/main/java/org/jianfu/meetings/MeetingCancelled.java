package org.jianfu.meetings;

import java.time.LocalDate;

/**
 * A planned meeting will not take place.
 *
 * @param mergedIntoMeetingId the reach-down meeting that replaces it, or {@code null}
 */
public record MeetingCancelled(long meetingId, long organiserUnitId, LocalDate date, Long mergedIntoMeetingId) {
}
