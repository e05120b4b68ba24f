package org.jianfu.meetings;

/** Kinds of meeting; each system holds at most one {@link #COMPREHENSIVE} a year. */
public enum MeetingType {
    COMPREHENSIVE("综合性工作会议"),
    SPECIAL("专题会议"),
    TRAINING("培训"),
    SYMPOSIUM("座谈会"),
    OTHER("其他会议");

    private final String label;

    MeetingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
