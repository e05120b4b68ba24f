package org.jianfu.reuse.internal;

import org.jianfu.documents.spi.CheckMoment;
import org.jianfu.documents.spi.CheckOutcome;
import org.jianfu.documents.spi.CheckVerdict;
import org.jianfu.documents.spi.DraftUnderCheck;
import org.jianfu.documents.spi.IssueCheck;
import org.jianfu.reuse.DocumentReuseChecked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The gate's 查重 step: the draft against the laws and every issued document but itself. */
@Component
class ReuseIssueCheck implements IssueCheck {

    private final CopyJudgement judgement;
    private final CheckResults results;
    private final ApplicationEventPublisher events;

    ReuseIssueCheck(CopyJudgement judgement, CheckResults results, ApplicationEventPublisher events) {
        this.judgement = judgement;
        this.results = results;
        this.events = events;
    }

    @Override
    public String name() {
        return "reuse";
    }

    @Override
    public CheckOutcome check(DraftUnderCheck draft) {
        String details = "/reuse/documents/" + draft.documentId();
        if (draft.moment() == CheckMoment.VIEWING) {
            return results.current(draft.documentId(), draft.body())
                    .map(r -> new CheckOutcome(name(), "查重", CheckVerdict.valueOf(r.verdict()), r.summary(), details))
                    .orElseGet(() -> new CheckOutcome(name(), "查重", CheckVerdict.WARN,
                            "正文修改后尚未查重：保存正文或点“重新检查”后显示结果", null));
        }
        CopyFinding finding = judgement.judge(draft.documentId(), draft.issuingUnitId(), draft.year(), draft.body(), key -> true);
        results.save(finding, draft.moment().name(), draft.body());
        if (draft.moment() == CheckMoment.ISSUING) {
            events.publishEvent(new DocumentReuseChecked(draft.documentId(), draft.issuingUnitId(), draft.year(),
                    finding.report().copyRatio(), finding.topShare(), finding.topRelation(), finding.copying()));
        }
        return new CheckOutcome(name(), "查重", finding.verdict(), finding.summary(), details);
    }
}
