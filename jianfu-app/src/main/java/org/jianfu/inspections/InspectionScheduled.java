package org.jianfu.inspections;

import java.time.LocalDate;
import java.util.List;

/** An inspection from an approved plan item was put on the calendar of its target units. */
public record InspectionScheduled(long inspectionId, long planItemId, long departmentUnitId, List<Long> targetUnitIds,
                                  LocalDate date, boolean onSite) {
}
