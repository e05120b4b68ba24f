package org.jianfu.meetings.internal;

/** Life of a meeting; only PLANNED and HELD ones count against quotas and on calendars. */
public enum MeetingState {
    AWAITING_APPROVAL("超计划待审批"),
    PLANNED("已安排"),
    HELD("已召开"),
    CANCELLED("已取消"),
    REFUSED("未获批准");

    private final String label;

    MeetingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean counts() {
        return this == PLANNED || this == HELD || this == AWAITING_APPROVAL;
    }
}
