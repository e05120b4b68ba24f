package org.jianfu.organization;

/** One unit (机关单位); it belongs to exactly one division. */
public record Unit(long id, String divisionCode, String divisionPath, DivisionLevel divisionLevel,
                   String name, String shortName, UnitKind kind, String unitKey, String numberPrefix) {
}
