package org.jianfu.documents.internal.inbox;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jianfu.documents.internal.Document;
import org.jianfu.documents.internal.DocumentAccess;
import org.jianfu.documents.internal.DocumentState;
import org.jianfu.documents.internal.FlowAction;
import org.jianfu.documents.internal.TransitionLog;
import org.jianfu.documents.internal.incoming.IncomingRegister;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 收文: sign for, read, handle, send back (退文); the issuer sees receipts and may remind once a day. */
@Service
@Transactional
public class Receipts {

    private final ReceiptRepository receipts;
    private final DocumentAccess access;
    private final TransitionLog log;

    private final Clock clock;

    private final IncomingRegister register;

    Receipts(ReceiptRepository receipts, DocumentAccess access, TransitionLog log, Clock clock, IncomingRegister register) {
        this.register = register;
        this.clock = clock;
        this.receipts = receipts;
        this.access = access;
        this.log = log;
    }

    @Transactional(readOnly = true)
    public List<Receipt> inbox(Actor actor) {
        return inbox(actor, 100);
    }

    /** The first {@code limit} of the unit's inbox (waiting, then unread, then the rest). */
    @Transactional(readOnly = true)
    public List<Receipt> inbox(Actor actor, int limit) {
        return receipts.inbox(actor.unitId(), limit);
    }

    /** How many documents the unit has not signed for (or returned) yet. */
    public long waitingCount(Actor actor) {
        return receipts.countWaiting(actor.unitId());
    }

    /** One row of the unit's inbox. */
    public Optional<Receipt> receipt(Actor actor, long documentId) {
        return receipts.find(documentId, actor.unitId());
    }

    public void signFor(Actor actor, long documentId) {
        Document d = access.forRecipient(actor, documentId);
        if (!receipts.signFor(documentId, actor.unitId(), actor.accountId())) {
            throw new RuleViolationException("本单位已签收或已退文");
        }
        log.record(documentId, FlowAction.SIGN_FOR, d.state(), d.state(), actor, null);
        register.signedFor(actor, documentId);
    }

    /**
     * 批量签收: signs for each of the given documents that waits in the unit's inbox; the others (signed already,
     * returned, withdrawn, not addressed to the unit) are left alone and counted. Returns {signed, skipped}.
     */
    public int[] signForAll(Actor actor, List<Long> documentIds) {
        if (documentIds == null || documentIds.isEmpty()) {
            throw new RuleViolationException("请先勾选要签收的公文");
        }
        if (documentIds.size() > 200) {
            throw new RuleViolationException("一次最多签收 200 件");
        }
        java.util.Set<Long> waiting = new java.util.HashSet<>(receipts.waiting(actor.unitId(), 1_000).stream()
                .map(Receipt::documentId).toList());
        int signed = 0;
        int skipped = 0;
        for (Long id : new java.util.LinkedHashSet<>(documentIds)) {
            if (waiting.contains(id)) {
                signFor(actor, id);
                signed++;
            } else {
                skipped++;
            }
        }
        return new int[]{signed, skipped};
    }

    /**
     * 阅知 of a signed-for document, once per unit, on the reader's explicit 已阅 (a POST): opening the page used to
     * record it, so any GET (a prefetch, a crawler, the issuer's colleague) could write a read receipt.
     */
    public void read(Actor actor, long documentId) {
        Document d = access.forRecipient(actor, documentId);
        if (!receipts.read(d.id(), actor.unitId(), actor.accountId())) {
            throw new RuleViolationException("请先签收；已阅的公文不必再次登记");
        }
        log.record(d.id(), FlowAction.READ, d.state(), d.state(), actor, null);
    }

    public void handled(Actor actor, long documentId, String note) {
        Document d = access.forRecipient(actor, documentId);
        if (!receipts.handled(documentId, actor.unitId())) {
            throw new RuleViolationException("请先签收；已办结的公文无需重复办理");
        }
        log.record(documentId, FlowAction.HANDLE, d.state(), d.state(), actor, note);
        register.handledOnPage(actor, documentId, note);
    }

    /** 退文: an addressee sends back a document it should not have received, before signing for it. */
    public void refuse(Actor actor, long documentId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new RuleViolationException("退文时请写明理由");
        }
        Document d = access.forRecipient(actor, documentId);
        if (!receipts.refuse(documentId, actor.unitId(), comment.strip())) {
            throw new RuleViolationException("已签收的公文不能退文");
        }
        log.record(documentId, FlowAction.REFUSE_RECEIPT, d.state(), d.state(), actor, comment.strip());
    }

    /** The issuer reminds the units that have not signed for it yet; each at most once a day. */
    public int remind(Actor actor, long documentId) {
        Document d = access.forIssuer(actor, documentId, Set.of(Role.CLERK, Role.LEADER));
        if (d.state() != DocumentState.ISSUED) {
            throw new RuleViolationException("公文尚未印发");
        }
        int reminded = receipts.remind(documentId, java.time.LocalDate.now(clock));
        if (reminded == 0) {
            throw new RuleViolationException("未签收单位今天已提醒过，每天最多提醒一次");
        }
        log.record(documentId, FlowAction.REMIND, d.state(), d.state(), actor, "提醒 " + reminded + " 个单位签收");
        return reminded;
    }

    @Transactional(readOnly = true)
    public List<Receipt> ofDocument(Actor actor, long documentId) {
        Document d = access.readable(actor, documentId);
        boolean issuerSide = DocumentAccess.isIssuer(actor, d) || actor.isAdmin() || actor.role() == Role.MONITOR;
        return issuerSide ? receipts.ofDocument(documentId) : List.of();
    }
}
