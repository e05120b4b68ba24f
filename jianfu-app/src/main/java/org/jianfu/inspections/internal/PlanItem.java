package org.jianfu.inspections.internal;

import java.time.LocalDate;
import java.util.List;

/** A stored plan item with the 留痕 keywords found in its method and materials. */
public record PlanItem(long id, long planId, String title, String purpose, boolean comprehensive,
                       List<Long> targetUnitIds, LocalDate windowFrom, LocalDate windowTo, String method,
                       String materials, boolean onSite, List<String> paperTrail) {
}
