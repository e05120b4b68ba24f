package org.jianfu.quota.internal;

import org.jianfu.documents.Documents;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.time.Years;
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
    private final Years years;

    QuotaStandings(QuotaRules rules, QuotaLedger ledger, Documents documents, Organization organization, Years years) {
        this.years = years;
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
        if (year <= years.base()) {
            return new IssuanceQuota(unitId, year, null, used,
                    year + (year == years.base() ? " 年为基准年" : " 年早于基准年") + "，不设发文限额");
        }
        QuotaRule rule = rules.forUnit(unit.divisionPath(), year).orElseGet(() -> QuotaRule.standing(year));
        int reference = documents.issuedDownwardBy(unitId, rule.referenceYear()).size();
        return new IssuanceQuota(unitId, year, rule.limit(reference), used, rule.describe(reference));
    }
}
