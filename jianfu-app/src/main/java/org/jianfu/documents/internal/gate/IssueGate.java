package org.jianfu.documents.internal.gate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jianfu.documents.internal.Document;
import org.jianfu.documents.spi.CheckMoment;
import org.jianfu.documents.spi.CheckOutcome;
import org.jianfu.documents.spi.CheckVerdict;
import org.jianfu.documents.spi.DraftUnderCheck;
import org.jianfu.documents.spi.IssueCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The 减负 gate: asks every {@link IssueCheck} bean (length and the consistency review here; quota,
 * 查重 … from their modules). A check whose BLOCK was explained and approved for this document is
 * not asked again; its outcome shows the approval instead.
 */
@Service
public class IssueGate {

    private final List<IssueCheck> checks;
    private final ExplanationRepository explanations;
    private final JdbcClient jdbc;

    private final Clock clock;

    IssueGate(List<IssueCheck> checks, ExplanationRepository explanations, JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.checks = checks;
        this.explanations = explanations;
        this.jdbc = jdbc;
    }

    public GateResult run(Document d, CheckMoment moment) {
        DraftUnderCheck draft = new DraftUnderCheck(d.id(), d.issuingUnitId(), d.kind().label(), d.title(), d.body(),
                d.comprehensive(), d.direction() == org.jianfu.documents.internal.Direction.DOWNWARD,
                d.allRecipientIds(), d.issueYear() != null ? d.issueYear() : LocalDate.now(clock).getYear(),
                moment);
        Map<String, Explanation> decided = explanations.latestByCheck(d.id());
        List<CheckOutcome> outcomes = new ArrayList<>();
        for (IssueCheck check : checks) {
            Explanation e = decided.get(check.name());
            if (e != null && e.state() == Explanation.State.APPROVED) {
                outcomes.add(new CheckOutcome(check.name(), e.checkLabel(), CheckVerdict.PASS,
                        "超限说明已获" + e.approverName() + "批准", "/documents/explanations/" + e.id()));
                continue;
            }
            CheckOutcome o = check.check(draft);
            if (o.verdict() == CheckVerdict.BLOCK && e != null) {
                String note = e.state() == Explanation.State.PENDING ? "（超限说明待审批）" : "（超限说明未获批准）";
                o = new CheckOutcome(o.check(), o.label(), o.verdict(), o.summary() + note, o.detailsUrl());
            }
            outcomes.add(o);
        }
        return new GateResult(outcomes);
    }

    /** Keeps what the gate said at 签发 and 印发 with the document. */
    public void record(long documentId, CheckMoment moment, GateResult result) {
        for (CheckOutcome o : result.outcomes()) {
            jdbc.sql("""
                            insert into documents.check_record (document_id, moment, check_name, label, verdict, summary, details_url)
                            values (?,?,?,?,?,?,?)""")
                    .params(documentId, moment.name(), o.check(), o.label(), o.verdict().name(), o.summary(),
                            o.detailsUrl())
                    .update();
        }
    }
}
