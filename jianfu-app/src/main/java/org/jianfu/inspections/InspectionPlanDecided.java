package org.jianfu.inspections;

/** The 减负办 approved or refused a department's annual inspection plan. */
public record InspectionPlanDecided(long planId, long departmentUnitId, int year, boolean approved, int items) {
}
