package org.jianfu.inspections;

/**
 * Inspections one unit hosts in one month (scheduled or done; a joint inspection counts once).
 */
public record HostingLoad(long unitId, String divisionCode, int inspections, int onSite) {
}
