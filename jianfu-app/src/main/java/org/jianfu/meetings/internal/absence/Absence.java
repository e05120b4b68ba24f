package org.jianfu.meetings.internal.absence;

import java.time.Instant;

/** One invited unit's 请假 or 替会 request and the organiser's decision. */
public record Absence(long meetingId, long unitId, String unitName, Kind kind, String reason, String substitute,
                      State state, Instant requestedAt, String decisionNote) {

    public enum Kind {
        LEAVE("请假"), SUBSTITUTE("替会");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum State {
        PENDING("待批准"), APPROVED("已批准"), REFUSED("未批准");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** "请假（待批准）" or "替会：张三（已批准）" for the attendance list. */
    public String summary() {
        return kind.label() + (substitute != null ? "：" + substitute : "") + "（" + state.label() + "）";
    }
}
