package org.jianfu.meetings.internal.plan;

/**
 * Where a unit stands against its plan in a year; {@code plan} is null when none was made
 * (then nothing is capped, and the plan page says so).
 */
public record QuotaStatus(MeetingPlan plan, int used) {

    public boolean full() {
        return plan != null && used >= plan.quota();
    }

    public int remaining() {
        return plan == null ? Integer.MAX_VALUE : Math.max(0, plan.quota() - used);
    }
}
