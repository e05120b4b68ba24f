package org.jianfu.monitoring.internal.sources;

import java.time.LocalDate;
import org.jianfu.monitoring.internal.BurdenFacts;
import org.jianfu.organization.Organization;
import org.jianfu.reuse.DocumentReuseChecked;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 照抄照搬率: each document checked by 查重 counts once for its issuing unit, as copying or not. The event
 * carries the year only, so the check is filed under January of that year (yearly figures are exact,
 * monthly ones are not shown for it).
 */
@Component
class ReuseFacts {

    private final Organization organization;
    private final BurdenFacts facts;

    ReuseFacts(Organization organization, BurdenFacts facts) {
        this.organization = organization;
        this.facts = facts;
    }

    @ApplicationModuleListener
    void on(DocumentReuseChecked checked) {
        organization.unit(checked.issuingUnitId()).ifPresent(issuer ->
                facts.recordCopyCheck(checked.documentId(), issuer, LocalDate.of(checked.year(), 1, 1), checked.copying()));
    }
}
