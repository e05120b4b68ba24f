package org.jianfu.meetings;

import java.util.List;

/**
 * Meetings on one topic at several levels were replaced by one video meeting reaching down to
 * the villages (一竿子插到底). The cancelled ones are also announced as {@link MeetingCancelled}.
 */
public record MeetingsMerged(long mergeId, long mergedMeetingId, List<Long> cancelledMeetingIds,
                             double attendeeDaysSaved, double travelHoursSaved) {
}
