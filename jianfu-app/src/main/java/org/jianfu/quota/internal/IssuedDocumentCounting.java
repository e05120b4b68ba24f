package org.jianfu.quota.internal;

import org.jianfu.documents.DocumentIssued;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts every downward document once issued, also those issued with an approved over-quota
 * explanation (the gate no longer asks this module for them); idempotent with the gate's reservation.
 */
@Component
class IssuedDocumentCounting {

    private final QuotaLedger ledger;

    IssuedDocumentCounting(QuotaLedger ledger) {
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(DocumentIssued event) {
        if (!event.downward()) {
            return;
        }
        int year = event.issuedAt().atZone(org.jianfu.platform.time.ChinaTime.ZONE).getYear();
        ledger.lock(event.issuingUnitId(), year);
        ledger.record(event.documentId(), event.issuingUnitId(), year);
    }
}
