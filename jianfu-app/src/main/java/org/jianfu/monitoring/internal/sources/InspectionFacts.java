package org.jianfu.monitoring.internal.sources;

import org.jianfu.inspections.InspectionScheduled;
import org.jianfu.monitoring.internal.BurdenFacts;
import org.jianfu.monitoring.internal.BurdenKind;
import org.jianfu.organization.Organization;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** 督查检查: each grassroots target unit of a scheduled inspection hosts one inspection. */
@Component
class InspectionFacts {

    private final Organization organization;
    private final BurdenFacts facts;

    InspectionFacts(Organization organization, BurdenFacts facts) {
        this.organization = organization;
        this.facts = facts;
    }

    @ApplicationModuleListener
    void on(InspectionScheduled scheduled) {
        var landings = organization.units(scheduled.targetUnitIds()).stream()
                .map(u -> new BurdenFacts.Landing(u, BurdenKind.INSPECTION, 1, 0)).toList();
        facts.record(new BurdenFacts.Source("inspections", String.valueOf(scheduled.inspectionId()),
                scheduled.date().withDayOfMonth(1), organization.unit(scheduled.departmentUnitId()).orElse(null),
                BurdenKind.INSPECTION), landings);
    }
}
