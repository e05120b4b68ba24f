package org.jianfu.meetings.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.jianfu.meetings.MeetingMode;
import org.jianfu.meetings.MeetingType;
import org.jianfu.organization.DivisionLevel;

/** One meeting row. */
public record Meeting(long id, long organiserUnitId, String organiserName, String title, MeetingType type, LocalDateTime startsAt,
                      int plannedMinutes, int mainSpeechMinutes, MeetingMode mode, Set<DivisionLevel> reach,
                      LeaderLevel convener, LeaderLevel attendeeLevel, String venue, String videoRoom, String agenda,
                      String materialsRequested, MeetingState state, Long mergedInto, String minutes) {

    public LocalDate date() {
        return startsAt.toLocalDate();
    }

    public LocalDateTime endsAt() {
        return startsAt.plusMinutes(plannedMinutes);
    }

    public double hours() {
        return plannedMinutes / 60.0;
    }
}
