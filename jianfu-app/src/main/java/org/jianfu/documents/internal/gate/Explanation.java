package org.jianfu.documents.internal.gate;

import java.time.Instant;

/** A written explanation for a BLOCKed check and the decision of the 减负办 one level up. */
public record Explanation(long id, long documentId, String documentTitle, String checkName, String checkLabel,
                          String checkSummary, String text, State state, String approverDivision,
                          String approverName, String writerName, Instant writtenAt, String deciderName,
                          Instant decidedAt, String decisionComment) {

    public enum State {
        PENDING("待审批"),
        APPROVED("已批准"),
        REFUSED("未批准");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
