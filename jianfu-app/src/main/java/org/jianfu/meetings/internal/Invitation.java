package org.jianfu.meetings.internal;

import java.time.Instant;

/** One invited unit of a meeting and its attendance: confirmed, signed in (no photos, no location). */
public record Invitation(long meetingId, long unitId, String unitName, String receivingSite, Instant confirmedAt,
                         Instant signedInAt) {
}
