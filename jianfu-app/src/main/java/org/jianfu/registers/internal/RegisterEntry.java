package org.jianfu.registers.internal;

import java.time.LocalDate;
import java.util.List;
import org.jianfu.registers.RegisterKind;

/** One register entry with its approval state. */
public record RegisterEntry(long id, RegisterKind kind, long ownerUnitId, String ownerName, String title, String reason,
                            List<Long> counterpartUnitIds, int year, String personName, LocalDate startsOn,
                            LocalDate endsOn, String state, String reviewerDivision, String decisionNote) {

    public String stateLabel() {
        return switch (state) {
            case "APPROVED" -> "已批准";
            case "REFUSED" -> "未批准";
            default -> "待审批";
        };
    }
}
