package org.jianfu.meetings;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting took place (its organiser closed it, minutes may follow). This is the event that
 * counts for the burden of the attendee units.
 *
 * @param attendeeUnitIds units that signed in; all invited units when nobody used the sign-in
 */
public record MeetingHeld(long meetingId, long organiserUnitId, LocalDate date, double hours,
                          MeetingMode mode, MeetingType type, List<Long> attendeeUnitIds) {
}
