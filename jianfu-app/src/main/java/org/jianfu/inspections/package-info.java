/**
 * 督查检查考核: annual inspection plans per department, approved by the 减负办 (计划报批制), caps
 * (one comprehensive item, yearly items vs last year, monthly on-site visits per county), 留痕
 * flags, joint inspections (联合督查) and results visible to the inspected unit. Publishes
 * {@link org.jianfu.inspections.InspectionScheduled} and {@link org.jianfu.inspections.InspectionsJoined};
 * the {@link org.jianfu.inspections.Inspections} facade counts visits per unit and month.
 * Puts inspections on the 日程 through {@code meetings.spi.CalendarSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "督查检查考核 inspections")
package org.jianfu.inspections;
