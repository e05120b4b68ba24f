package org.jianfu.documents.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jianfu.documents.internal.gate.ExplanationRepository;
import org.jianfu.documents.internal.inbox.Receipt;
import org.jianfu.documents.internal.inbox.ReceiptRepository;
import org.jianfu.organization.ApprovalPolicy;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.todo.TodoItem;
import org.jianfu.todo.TodoSource;
import org.springframework.stereotype.Component;

/** 待办 from 公文: 待签收 for addressees, 待核稿/待签发/待印发 for the issuing unit, 待会签 for the units asked, 待审批 for the 减负办. */
@Component
class DocumentTodos implements TodoSource {

    private final ReceiptRepository receipts;
    private final DocumentRepository documents;
    private final ExplanationRepository explanations;

    private final Clock clock;
    private final Countersigns countersigns;
    private final ApprovalPolicy policy;

    DocumentTodos(ReceiptRepository receipts, DocumentRepository documents, ExplanationRepository explanations, Clock clock,
                  Countersigns countersigns, ApprovalPolicy policy) {
        this.policy = policy;
        this.countersigns = countersigns;
        this.clock = clock;
        this.receipts = receipts;
        this.documents = documents;
        this.explanations = explanations;
    }

    @Override
    public List<TodoItem> itemsFor(Actor actor) {
        List<TodoItem> items = new ArrayList<>();
        if (actor.role() == Role.MONITOR) {
            explanations.awaiting(actor.divisionCode()).forEach(e -> items.add(new TodoItem("待审批",
                    "超限说明：" + e.documentTitle(), e.checkLabel() + " · " + e.writerName(),
                    "/documents/explanations/" + e.id(), e.writtenAt(), false)));
            return items;
        }
        if (actor.role() == Role.ADMIN) {
            return items;
        }
        for (Receipt r : receipts.waiting(actor.unitId(), 50)) {
            boolean remindedToday = java.time.LocalDate.now(clock).equals(r.remindedOn());
            items.add(new TodoItem("待签收", r.title(), r.issuingUnitName() + " · " + r.documentNumber()
                    + (remindedToday ? " · 发文单位已提醒" : ""), "/documents/" + r.documentId(), r.issuedAt(),
                    r.urgency() != Urgency.NORMAL || remindedToday));
        }
        if (actor.role() == Role.CLERK || actor.role() == Role.LEADER) {
            // 核稿 by a colleague who did not draft it; then 签发 for a leader, 印发 for a clerk
            List<DocumentRepository.Listed> waiting = new ArrayList<>(documents.awaitingReviewBy(actor.unitId(), actor.accountId(), 50));
            waiting.addAll(documents.ofUnit(actor.unitId(),
                    List.of(actor.role() == Role.LEADER ? DocumentState.SIGNING : DocumentState.SIGNED), 50));
            if (actor.role() == Role.CLERK && policy.actingFor(actor, ApprovalPolicy.Matter.DOCUMENT_SIGNING).isPresent()) {
                // 委托: the leader's 签发 waits on the clerk they delegated it to (not what the clerk drafted)
                documents.ofUnit(actor.unitId(), List.of(DocumentState.SIGNING), 50).stream()
                        .filter(d -> documents.find(d.id()).map(x -> x.draftedBy() != actor.accountId()).orElse(false))
                        .forEach(waiting::add);
            }
            for (DocumentRepository.Listed d : waiting) {
                String kind = switch (d.state()) {
                    case REVIEW -> "待核稿";
                    case SIGNING -> "待签发";
                    default -> "待印发";
                };
                items.add(new TodoItem(kind, d.title(), d.kind().label() + " · " + d.state().label(),
                        "/documents/" + d.id(), d.at(), d.urgency() != Urgency.NORMAL));
            }
            for (Long id : countersigns.waitingFor(actor.unitId(), 20)) {
                documents.find(id).ifPresent(d -> items.add(new TodoItem("待会签", d.title(),
                        d.kind().label() + " · " + d.state().label(), "/documents/" + d.id(), d.updatedAt(),
                        d.urgency() != Urgency.NORMAL)));
            }
        }
        return items;
    }
}
