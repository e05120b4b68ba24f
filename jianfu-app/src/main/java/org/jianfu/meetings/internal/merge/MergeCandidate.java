package org.jianfu.meetings.internal.merge;

import java.util.List;
import org.jianfu.meetings.internal.Meeting;
import org.jianfu.organization.Unit;

/**
 * A planned meeting as the merge detector sees it.
 *
 * @param placeNames  names of the organiser's division and its ancestors, removed before comparing titles
 * @param travelHours round-trip hours the invited units spend getting to the venue (0 for video)
 */
record MergeCandidate(Meeting meeting, Unit organiser, List<String> placeNames, int invitedCount, double travelHours) {

    String normalisedTitle() {
        return TitleSimilarity.normalise(meeting.title(), placeNames);
    }

    /** Attendee-days the meeting costs its invited units: at least half a day each. */
    double attendeeDays() {
        return invitedCount * Math.max(0.5, meeting.plannedMinutes() / 480.0);
    }
}
