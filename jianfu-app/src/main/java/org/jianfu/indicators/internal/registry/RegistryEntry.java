package org.jianfu.indicators.internal.registry;

import org.jianfu.indicators.matching.Indicator;

/** One row of the 指标库 with its database id and the owning department's unit key (may be null). */
public record RegistryEntry(long id, Indicator indicator, String departmentKey, boolean seeded) {

    /** Name with unit as the matcher reads it, e.g. 耕地面积（亩）. */
    public String label() {
        return FieldLabel.of(indicator.name(), indicator.unitOfMeasure());
    }
}
