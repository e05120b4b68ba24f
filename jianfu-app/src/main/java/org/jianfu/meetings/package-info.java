/**
 * 会议: meetings with their annual plans and quotas, the rules checked when a meeting is planned
 * (one 综合性工作会议 a year, time limits, no 层层陪会, only relevant units), reach-down merges
 * (一竿子插到底), attendance and minutes, and the 日程 calendar of a unit. Publishes
 * {@link org.jianfu.meetings.MeetingScheduled}, {@link org.jianfu.meetings.MeetingCancelled},
 * {@link org.jianfu.meetings.MeetingsMerged} and {@link org.jianfu.meetings.MeetingHeld}; the
 * {@link org.jianfu.meetings.Meetings} facade answers per-unit monthly counts for monitoring.
 * Other modules put their own dated items on the calendar through {@code meetings.spi.CalendarSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "会议 meetings")
package org.jianfu.meetings;
