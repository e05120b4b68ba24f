package org.jianfu.monitoring.internal.sources;

import org.jianfu.documents.DocumentIssued;
import org.jianfu.monitoring.internal.BurdenFacts;
import org.jianfu.monitoring.internal.BurdenKind;
import org.jianfu.organization.Organization;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 公文: each grassroots recipient (主送 and 抄送) receives one document of the document's length; a
 * document sent downward counts once for its issuing unit.
 */
@Component
class DocumentFacts {

    private final Organization organization;
    private final BurdenFacts facts;

    DocumentFacts(Organization organization, BurdenFacts facts) {
        this.organization = organization;
        this.facts = facts;
    }

    @ApplicationModuleListener
    void on(DocumentIssued issued) {
        var issuer = organization.unit(issued.issuingUnitId()).orElse(null);
        var landings = organization.units(issued.recipientUnitIds()).stream()
                .map(u -> new BurdenFacts.Landing(u, BurdenKind.DOCUMENT, 1, issued.length())).toList();
        facts.record(new BurdenFacts.Source("documents", String.valueOf(issued.documentId()),
                BurdenFacts.monthOf(issued.issuedAt()), issued.downward() ? issuer : null, BurdenKind.DOCUMENT), landings);
    }
}
