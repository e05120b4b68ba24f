package org.jianfu.meetings.internal.merge;

import java.util.List;
import org.jianfu.meetings.internal.Meeting;

/**
 * One video meeting reaching down to the villages instead of the same topic at several levels:
 * {@code top} becomes the video meeting, {@code lower} are cancelled.
 *
 * @param attendeeDaysSaved the lower meetings' attendance, no longer needed
 * @param travelHoursSaved  travel to every venue of the group, no longer needed
 */
public record MergeProposal(Meeting top, List<Meeting> lower, double attendeeDaysSaved, double travelHoursSaved) {
}
