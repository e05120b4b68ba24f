package org.jianfu.meetings.internal.plan;

/** A unit's annual meeting plan: the quota and where it came from. */
public record MeetingPlan(long unitId, int year, PlanRule rule, int baseYear, int cutPercent, int baseline, int quota) {
}
