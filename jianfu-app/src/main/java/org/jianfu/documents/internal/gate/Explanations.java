package org.jianfu.documents.internal.gate;

import java.util.List;
import java.util.Set;
import org.jianfu.documents.internal.Document;
import org.jianfu.documents.internal.DocumentAccess;
import org.jianfu.documents.internal.DocumentState;
import org.jianfu.documents.internal.FlowAction;
import org.jianfu.documents.internal.TransitionLog;
import org.jianfu.documents.spi.CheckMoment;
import org.jianfu.documents.spi.CheckOutcome;
import org.jianfu.organization.ApprovalPolicy;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 超限说明: the drafter explains a BLOCKed check in writing; the 减负办 that {@link ApprovalPolicy} names
 * (one level up) approves or refuses it. Both steps are recorded.
 */
@Service
@Transactional
public class Explanations {

    private static final Set<DocumentState> OPEN = Set.of(DocumentState.DRAFT, DocumentState.REVIEW,
            DocumentState.COUNTERSIGN, DocumentState.SIGNING, DocumentState.SIGNED);

    private final ExplanationRepository explanations;
    private final DocumentAccess access;
    private final IssueGate gate;
    private final ApprovalPolicy policy;
    private final TransitionLog log;

    Explanations(ExplanationRepository explanations, DocumentAccess access, IssueGate gate, ApprovalPolicy policy,
                 TransitionLog log) {
        this.explanations = explanations;
        this.access = access;
        this.gate = gate;
        this.policy = policy;
        this.log = log;
    }

    public long write(Actor actor, long documentId, String checkName, String text) {
        Document d = access.forIssuer(actor, documentId, Set.of(Role.CLERK, Role.LEADER));
        if (!OPEN.contains(d.state())) {
            throw new RuleViolationException("公文已印发，不能再提交超限说明");
        }
        if (text == null || text.strip().length() < 10) {
            throw new RuleViolationException("请写明超限理由（至少 10 个字）");
        }
        CheckOutcome blocked = gate.run(d, CheckMoment.DRAFTING).blocking().stream()
                .filter(o -> o.check().equals(checkName)).findFirst()
                .orElseThrow(() -> new RuleViolationException("该项检查未被拦截，无需说明"));
        Explanation open = explanations.latestByCheck(documentId).get(checkName);
        if (open != null && open.state() == Explanation.State.PENDING) {
            throw new RuleViolationException("该项已有待审批的超限说明");
        }
        long id = explanations.insert(documentId, checkName, blocked.label(), blocked.summary(), text.strip(),
                policy.decidingDivision(ApprovalPolicy.Matter.DOCUMENT_OVER_QUOTA, access.issuer(d)), actor.accountId());
        log.record(documentId, FlowAction.EXPLAIN, d.state(), d.state(), actor, blocked.label() + "：" + text.strip());
        return id;
    }

    public Explanation decide(Actor actor, long explanationId, boolean approve, String comment) {
        Explanation e = visible(actor, explanationId);
        if (!mayDecide(actor, e)) {
            throw new AccessDeniedException("只有上一级减负办可以审批超限说明");
        }
        if (!approve && (comment == null || comment.isBlank())) {
            throw new RuleViolationException("不予批准时请写明理由");
        }
        if (!explanations.decide(explanationId, approve ? Explanation.State.APPROVED : Explanation.State.REFUSED,
                actor.accountId(), comment == null ? null : comment.strip())) {
            throw new RuleViolationException("该说明已审批，不能重复审批");
        }
        Document d = access.readable(actor, e.documentId());
        log.record(d.id(), approve ? FlowAction.APPROVE_EXPLANATION : FlowAction.REFUSE_EXPLANATION, d.state(),
                d.state(), actor, e.checkLabel() + (comment == null || comment.isBlank() ? "" : "：" + comment.strip()));
        return explanations.find(explanationId).orElseThrow();
    }

    /** An explanation the actor may see: the document's readers, and its approving office. */
    @Transactional(readOnly = true)
    public Explanation visible(Actor actor, long explanationId) {
        Explanation e = explanations.find(explanationId)
                .orElseThrow(() -> new NotFoundException("超限说明不存在: " + explanationId));
        if (mayDecide(actor, e)) {
            return e;
        }
        access.readable(actor, e.documentId());
        return e;
    }

    @Transactional(readOnly = true)
    public List<Explanation> awaiting(Actor actor) {
        return actor.role() == Role.MONITOR ? explanations.awaiting(actor.divisionCode()) : List.of();
    }

    @Transactional(readOnly = true)
    public List<Explanation> decided(Actor actor) {
        return actor.role() == Role.MONITOR ? explanations.decidedBy(actor.divisionCode(), 30) : List.of();
    }

    /** The 减负办 one level up (or above it) decides, by {@link ApprovalPolicy}. */
    public boolean mayDecide(Actor actor, Explanation e) {
        return policy.isDecidingOffice(actor, ApprovalPolicy.Matter.DOCUMENT_OVER_QUOTA, e.approverDivision());
    }
}
