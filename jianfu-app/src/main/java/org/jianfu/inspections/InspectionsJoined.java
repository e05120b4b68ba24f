package org.jianfu.inspections;

import java.time.LocalDate;
import java.util.List;

/** Inspections of the same units by several departments became one joint inspection (联合督查) on {@code date}. */
public record InspectionsJoined(long jointId, List<Long> inspectionIds, List<Long> targetUnitIds, LocalDate date) {
}
