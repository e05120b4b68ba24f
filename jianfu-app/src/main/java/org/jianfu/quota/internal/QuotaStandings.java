package org.jianfu.quota.internal;

import java.util.Optional;
import org.jianfu.documents.Documents;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.quota.IssuanceQuota;
import org.jianfu.quota.Quotas;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit's limit (from the rule of its region and the reference year's count) and its use. */
@Service
class QuotaStandings implements Quotas {

    private final QuotaRules rules;
    private final QuotaLedger ledger;
    private final Documents documents;
    private final Organization organization;

    QuotaStandings(QuotaRules rules, QuotaLedger ledger, Documents documents, Organization organization) {
        this.rules = rules;
        this.ledger = ledger;
        this.documents = documents;
        this.organization = organization;
    }

    @Override
    @Transactional(readOnly = true)
    public IssuanceQuota standing(long unitId, int year) {
        return standing(unitId, year, ledger.used(unitId, year));
    }

    IssuanceQuota standing(long unitId, int year, int used) {
        Unit unit = organization.unit(unitId).orElseThrow();
        Optional<QuotaRule> rule = rules.forUnit(unit.divisionPath(), year);
        if (rule.isEmpty()) {
            return new IssuanceQuota(unitId, year, null, used, "本地区 " + year + " 年未设发文限额");
        }
        int reference = documents.issuedDownwardBy(unitId, rule.get().referenceYear()).size();
        return new IssuanceQuota(unitId, year, rule.get().limit(reference), used, rule.get().describe(reference));
    }
}
