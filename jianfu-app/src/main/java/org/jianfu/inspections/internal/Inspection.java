package org.jianfu.inspections.internal;

import java.time.LocalDate;
import java.util.List;

/** One scheduled inspection of some target units; {@code jointId} set once it is part of a 联合督查. */
public record Inspection(long id, long itemId, String itemTitle, long departmentUnitId, String departmentName,
                         LocalDate scheduledOn, boolean onSite, String state, Long jointId, String findings,
                         String rectification, List<Long> targetUnitIds) {

    public String stateLabel() {
        return switch (state) {
            case "DONE" -> "已完成";
            case "CANCELLED" -> "已取消";
            default -> jointId != null ? "联合督查" : "已安排";
        };
    }
}
