package org.jianfu.monitoring.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jianfu.burden.*}: target and the weights of the burden index (see docs/burden-index.md).
 *
 * @param targetReduction the cut against the base year that counts as met, 0.30 for −30%
 */
@ConfigurationProperties("jianfu.burden")
record BurdenSettings(@DefaultValue("0.30") double targetReduction,
                      @DefaultValue Weights weights) {

    /** Points per record or per unit of measure. */
    record Weights(@DefaultValue("1.0") double documents, @DefaultValue("0.2") double documentKilochars,
                   @DefaultValue("1.0") double meetings, @DefaultValue("0.5") double meetingHours,
                   @DefaultValue("0.5") double travelHours, @DefaultValue("3.0") double inspections,
                   @DefaultValue("0.5") double forms, @DefaultValue("0.02") double formFields,
                   @DefaultValue("1.0") double paperTrail, @DefaultValue("2.0") double offListTasks) {
    }

    /** The most a year may reach against the base year and still meet the target. */
    long target(long base) {
        return (long) Math.floor(base * (1 - targetReduction) + 1e-9);
    }
}
