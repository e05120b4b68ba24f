package org.jianfu.quota.internal;

import org.jianfu.documents.spi.CheckMoment;
import org.jianfu.documents.spi.CheckOutcome;
import org.jianfu.documents.spi.CheckVerdict;
import org.jianfu.documents.spi.DraftUnderCheck;
import org.jianfu.documents.spi.IssueCheck;
import org.jianfu.quota.IssuanceQuota;
import org.springframework.stereotype.Component;

/**
 * The gate's 发文限额 check. Only downward documents count. While drafting and at 签发 it reports
 * the standing; at 印发 (inside the issuing transaction) it locks the unit's counter and reserves a
 * slot, so concurrent issuers never overshoot the limit.
 */
@Component
class QuotaCheck implements IssueCheck {

    static final String NAME = "quota";
    static final String LABEL = "发文限额";

    private final QuotaStandings standings;
    private final QuotaLedger ledger;

    QuotaCheck(QuotaStandings standings, QuotaLedger ledger) {
        this.standings = standings;
        this.ledger = ledger;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckOutcome check(DraftUnderCheck draft) {
        if (!draft.downward()) {
            return pass(standings.standing(draft.issuingUnitId(), draft.year()), "非下行文，不占发文限额。", false);
        }
        if (ledger.holds(draft.documentId())) {
            return pass(standings.standing(draft.issuingUnitId(), draft.year()), "本件已计入限额。", false);
        }
        boolean reserve = draft.moment() == CheckMoment.ISSUING;
        int used = reserve ? ledger.lock(draft.issuingUnitId(), draft.year())
                : ledger.used(draft.issuingUnitId(), draft.year());
        IssuanceQuota quota = standings.standing(draft.issuingUnitId(), draft.year(), used);
        if (quota.exhausted()) {
            return new CheckOutcome(NAME, LABEL, CheckVerdict.BLOCK, "本年度已发下行文 " + quota.used() + " 件，已达限额 "
                    + quota.limit() + " 件（" + quota.rule() + "）", "/quota");
        }
        if (reserve) {
            ledger.record(draft.documentId(), draft.issuingUnitId(), draft.year());
            quota = standings.standing(draft.issuingUnitId(), draft.year(), used + 1);
            return pass(quota, "本件计入限额。", false);
        }
        return pass(quota, "", true);
    }

    /** {@code warnWhenFull}: a draft that would take the last slot is shown as a warning. */
    private static CheckOutcome pass(IssuanceQuota q, String prefix, boolean warnWhenFull) {
        String text = q.limit() == null ? prefix + q.rule() + "，本年度已发下行文 " + q.used() + " 件"
                : prefix + "本年度已发下行文 " + q.used() + " 件，限额 " + q.limit() + " 件，剩余 " + q.remaining()
                + " 件（" + q.rule() + "）";
        CheckVerdict verdict = warnWhenFull && q.limit() != null && q.remaining() == 1 ? CheckVerdict.WARN : CheckVerdict.PASS;
        return new CheckOutcome(NAME, LABEL, verdict, text, "/quota");
    }
}
