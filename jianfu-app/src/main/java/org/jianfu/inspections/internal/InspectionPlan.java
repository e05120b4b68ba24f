package org.jianfu.inspections.internal;

import java.util.List;

/** A department's annual plan and its items. */
public record InspectionPlan(long id, long departmentUnitId, String departmentName, int year, String state,
                             String reviewerDivision, String decisionNote, List<PlanItem> items) {

    public String stateLabel() {
        return switch (state) {
            case "SUBMITTED" -> "已报批";
            case "APPROVED" -> "已批准备案";
            case "REFUSED" -> "已退回";
            default -> "草稿";
        };
    }
}
