package org.jianfu.meetings.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable numbers behind the meeting rules (若干规定: main speech ≤ 1 h, other meetings
 * ≤ half a day; one 综合性工作会议 per system a year) and the merge detector.
 *
 * @param mergeWindowDays  meetings on one topic this many days apart are merge candidates
 * @param titleSimilarity  minimum bigram similarity of two titles, after place names are removed
 */
@ConfigurationProperties("jianfu.meetings")
public record MeetingLimits(@DefaultValue("60") int mainSpeechMinutes, @DefaultValue("240") int meetingMinutes,
                            @DefaultValue("720") int trainingMinutes, @DefaultValue("1") int comprehensivePerYear,
                            @DefaultValue("21") int mergeWindowDays, @DefaultValue("0.6") double titleSimilarity) {

    public static MeetingLimits defaults() {
        return new MeetingLimits(60, 240, 720, 1, 21, 0.6);
    }
}
