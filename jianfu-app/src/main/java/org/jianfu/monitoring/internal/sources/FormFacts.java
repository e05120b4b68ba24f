package org.jianfu.monitoring.internal.sources;

import java.util.List;
import org.jianfu.indicators.DataRequestSent;
import org.jianfu.indicators.FormSubmitted;
import org.jianfu.monitoring.internal.BurdenFacts;
import org.jianfu.monitoring.internal.BurdenKind;
import org.jianfu.organization.Organization;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 填表报数: a data request counts once for each grassroots target (and once for the requesting
 * department); the fields a unit actually filled count when it submits its one merged form.
 */
@Component
class FormFacts {

    private final Organization organization;
    private final BurdenFacts facts;

    FormFacts(Organization organization, BurdenFacts facts) {
        this.organization = organization;
        this.facts = facts;
    }

    @ApplicationModuleListener
    void on(DataRequestSent sent) {
        var landings = organization.units(sent.targetUnitIds()).stream()
                .map(u -> new BurdenFacts.Landing(u, BurdenKind.FORM, 1, 0)).toList();
        facts.record(new BurdenFacts.Source("data-requests", String.valueOf(sent.requestId()), BurdenFacts.monthOf(sent.sentAt()),
                organization.unit(sent.requesterUnitId()).orElse(null), BurdenKind.FORM), landings);
    }

    @ApplicationModuleListener
    void on(FormSubmitted submitted) {
        var landings = organization.unit(submitted.unitId()).stream()
                .map(u -> new BurdenFacts.Landing(u, BurdenKind.FORM, 0, submitted.fieldsFilled())).toList();
        facts.record(new BurdenFacts.Source("form-submissions", String.valueOf(submitted.submissionId()),
                submitted.period().atDay(1), null, null), List.copyOf(landings));
    }
}
