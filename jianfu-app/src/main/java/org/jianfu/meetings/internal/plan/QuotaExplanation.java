package org.jianfu.meetings.internal.plan;

import java.time.Instant;

/** Why a unit needs a meeting beyond its plan, and the decision of the 减负办 one level up. */
public record QuotaExplanation(long meetingId, String meetingTitle, String organiserName, String reason,
                               String reviewerDivision, String state, String decisionNote, Instant submittedAt) {

    public String stateLabel() {
        return switch (state) {
            case "APPROVED" -> "已同意";
            case "REFUSED" -> "未同意";
            default -> "待审批";
        };
    }
}
