package org.jianfu.documents.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jianfu.documents.DocumentIssued;
import org.jianfu.documents.internal.gate.GateResult;
import org.jianfu.documents.internal.gate.IssueGate;
import org.jianfu.documents.spi.CheckMoment;
import org.jianfu.organization.ApprovalPolicy;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.platform.text.Titles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issuing flow: 起草 → 核稿 → 签发 → 印发, with 退回 and 收回. Each step locks the document row,
 * checks role and state, and records the transition; 签发 and 印发 pass the 减负 gate.
 */
@Service
@Transactional
public class DocumentFlow {

    private static final Set<Role> CLERKS = Set.of(Role.CLERK);
    private static final Set<Role> STAFF = Set.of(Role.CLERK, Role.LEADER);

    private final DocumentRepository documents;
    private final DocumentAccess access;
    private final DocumentNumbers numbers;
    private final IssueGate gate;
    private final TransitionLog log;
    private final Organization organization;
    private final ApplicationEventPublisher events;

    private final Clock clock;
    private final ApprovalPolicy policy;
    private final Countersigns countersigns;

    DocumentFlow(DocumentRepository documents, DocumentAccess access, DocumentNumbers numbers, IssueGate gate,
                 TransitionLog log, Organization organization, ApplicationEventPublisher events, Clock clock,
                 ApprovalPolicy policy, Countersigns countersigns) {
        this.countersigns = countersigns;
        this.clock = clock;
        this.policy = policy;
        this.documents = documents;
        this.access = access;
        this.numbers = numbers;
        this.gate = gate;
        this.log = log;
        this.organization = organization;
        this.events = events;
    }

    public long create(Actor actor, DraftForm form) {
        if (actor.role() != Role.CLERK) {
            throw new AccessDeniedException("只有单位文书可以起草公文");
        }
        Unit issuer = organization.unit(actor.unitId()).orElseThrow();
        long id = documents.insert(issuer.id(), form, addressing(issuer, form), actor.accountId());
        log.record(id, FlowAction.CREATE, null, DocumentState.DRAFT, actor, form.getTitle());
        checkSaved(id);
        return id;
    }

    public void update(Actor actor, long id, DraftForm form) {
        Document d = step(actor, id, CLERKS, DocumentState.DRAFT);
        documents.update(id, form, addressing(access.issuer(d), form));
        log.record(id, FlowAction.EDIT, d.state(), d.state(), actor, DraftChanges.between(d, form));
        checkSaved(id);
    }

    /** 重新检查 on demand (a POST): runs the gate on the saved draft and stores what its checks keep. */
    public GateResult recheck(Actor actor, long id) {
        return gate.run(access.forIssuer(actor, id, STAFF), CheckMoment.DRAFTING);
    }

    /** Saving a draft checks it, so the pages show a result for the text as saved without checking in a GET. */
    private void checkSaved(long id) {
        gate.run(documents.find(id).orElseThrow(), CheckMoment.DRAFTING);
    }

    /** 起草 → 核稿. */
    public void submit(Actor actor, long id) {
        Document d = step(actor, id, CLERKS, DocumentState.DRAFT);
        List<String> missing = new ArrayList<>();
        if (d.title().isBlank()) {
            missing.add("标题");
        }
        if (d.body().isBlank()) {
            missing.add("正文");
        }
        if (d.mainRecipientIds().isEmpty()) {
            missing.add("主送单位");
        }
        if (!d.reviewConfirmed()) {
            missing.add("减负一致性评估");
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException("送核稿前请填写：" + String.join("、", missing));
        }
        move(actor, d, FlowAction.SUBMIT, DocumentState.REVIEW, null);
    }

    /**
     * 核稿 → 待签发, by a clerk or leader of the unit who did not draft it ({@link ApprovalPolicy}), with the
     * reviewer's opinion: it is what the 发文稿纸 shows in the 核稿 box.
     */
    public void passReview(Actor actor, long id, String opinion) {
        passReview(actor, id, opinion, List.of(), false);
    }

    /**
     * 核稿 with 会签: the co-issuing units (联合发文) always countersign, and the reviewer may ask peer units of the
     * same level ({@code internalUnitIds}); all in parallel, or one after another. Without any party the draft
     * goes straight to 签发.
     */
    public void passReview(Actor actor, long id, String opinion, List<Long> internalUnitIds, boolean inOrder) {
        Document d = step(actor, id, STAFF, DocumentState.REVIEW);
        policy.requireNotOwn(actor, ApprovalPolicy.Matter.DOCUMENT_REVIEW, d.draftedBy());
        String text = Opinions.required("核稿", opinion);
        List<Long> internal = internalUnitIds == null ? List.of() : internalUnitIds.stream().distinct()
                .filter(u -> !d.coIssuerIds().contains(u)).toList();
        Unit issuer = access.issuer(d);
        for (Long unit : internal) {
            Unit u = organization.unit(unit).orElseThrow(() -> new RuleViolationException("会签单位不存在"));
            if (u.id() == issuer.id() || !u.divisionCode().equals(issuer.divisionCode())) {
                throw new RuleViolationException("会签单位须为本级其他单位（" + u.name() + "不是）");
            }
        }
        if (d.coIssuerIds().isEmpty() && internal.isEmpty()) {
            move(actor, d, FlowAction.PASS_REVIEW, DocumentState.SIGNING, text);
            return;
        }
        countersigns.start(id, d.coIssuerIds(), internal, inOrder);
        move(actor, d, FlowAction.PASS_REVIEW, DocumentState.COUNTERSIGN, text);
    }

    /** 会签 by a party unit's clerk or leader, with its opinion; the last party sends the draft to 签发. */
    public void countersign(Actor actor, long id, String opinion) {
        Document d = access.readable(actor, id);
        Document locked = documents.lock(d.id()).orElseThrow();
        if (!mayCountersign(actor, locked)) {
            throw new RuleViolationException(locked.state() == DocumentState.COUNTERSIGN
                    ? "本单位不是当前的会签单位（按顺序会签时请等前一单位会签）" : "公文当前状态为“" + locked.state().label() + "”，不能会签");
        }
        String text = Opinions.required("会签", opinion);
        countersigns.sign(id, actor.unitId(), actor.accountId(), text, clock.instant());
        DocumentState to = countersigns.open(id) == 0 ? DocumentState.SIGNING : DocumentState.COUNTERSIGN;
        if (to != locked.state()) {
            documents.changeState(id, to);
        }
        log.record(id, FlowAction.COUNTERSIGN, locked.state(), to, actor, text);
    }

    /** May the actor countersign this document now (a clerk or leader of the party unit whose turn it is)? */
    public boolean mayCountersign(Actor actor, Document d) {
        return d.state() == DocumentState.COUNTERSIGN && STAFF.contains(actor.role())
                && countersigns.turnOf(d.id(), actor.unitId());
    }

    /** 签发 by the unit's leader, with the signer's opinion (the 签发 box); the gate must not block. */
    public GateResult sign(Actor actor, long id, String opinion) {
        Document seen = access.forIssuer(actor, id, STAFF);
        if (!policy.isDecider(actor, ApprovalPolicy.Matter.DOCUMENT_SIGNING, seen.issuingUnitId(), null, null)) {
            throw new AccessDeniedException("只有单位领导或受其委托的人员可以签发");
        }
        Document d = step(actor, id, STAFF, DocumentState.SIGNING);
        policy.requireNotOwn(actor, ApprovalPolicy.Matter.DOCUMENT_SIGNING, d.draftedBy());
        // 委托: the trail names on whose behalf a deputy signed
        String text = Opinions.required("签发", opinion) + policy.actingFor(actor, ApprovalPolicy.Matter.DOCUMENT_SIGNING)
                .map(leader -> "（代签，委托人 " + leader + "）").orElse("");
        GateResult result = passGate(d, CheckMoment.SIGNING);
        documents.signed(id, actor.accountId());
        log.record(id, FlowAction.SIGN, d.state(), DocumentState.SIGNED, actor, text);
        return result;
    }

    /** 印发: the gate again (checks reserve what they guard), then the 文号, then distribution. */
    public DocumentNumber issue(Actor actor, long id) {
        Document d = step(actor, id, CLERKS, DocumentState.SIGNED);
        passGate(d, CheckMoment.ISSUING);
        Unit issuer = access.issuer(d);
        Instant now = clock.instant();
        DocumentNumber number = numbers.next(issuer.numberPrefix(), now.atZone(Beijing.ZONE).getYear());
        documents.issued(id, number, now);
        log.record(id, FlowAction.ISSUE, d.state(), DocumentState.ISSUED, actor, number.text());
        events.publishEvent(new DocumentIssued(id, issuer.id(), number.text(), d.kind().label(),
                d.direction() == Direction.DOWNWARD, d.length(), d.allRecipientIds(), now));
        return number;
    }

    /** May the actor pass or return this document in 核稿 (a clerk or leader of the issuer, not its drafter)? */
    public boolean mayReview(Actor actor, Document d) {
        return decidesOwnUnitStep(actor, ApprovalPolicy.Matter.DOCUMENT_REVIEW, d);
    }

    /** May the actor sign (签发) this document (a leader of the issuer, not its drafter)? */
    public boolean maySign(Actor actor, Document d) {
        return decidesOwnUnitStep(actor, ApprovalPolicy.Matter.DOCUMENT_SIGNING, d);
    }

    private boolean decidesOwnUnitStep(Actor actor, ApprovalPolicy.Matter matter, Document d) {
        return policy.isDecider(actor, matter, d.issuingUnitId(), null, null) && d.draftedBy() != actor.accountId();
    }

    /** 退回 with a comment: the reviewer, a 会签 party, the signer or the issuing clerk sends the draft back. */
    public void sendBack(Actor actor, long id, String comment) {
        String reason = Opinions.required("退回", comment);
        Document seen = access.readable(actor, id);
        if (!mayCountersign(actor, seen)) {
            access.forIssuer(actor, id, STAFF);
        }
        Document locked = documents.lock(seen.id()).orElseThrow();
        boolean allowed = switch (locked.state()) {
            case REVIEW -> mayReview(actor, locked);
            case COUNTERSIGN -> mayCountersign(actor, locked);
            case SIGNED -> actor.role() == Role.CLERK;
            case SIGNING -> maySign(actor, locked);
            default -> false;
        };
        if (!allowed) {
            throw new RuleViolationException("当前状态（" + locked.state().label() + "）不能由" + actor.role().label() + "退回");
        }
        move(actor, locked, FlowAction.RETURN, DocumentState.DRAFT, reason);
    }

    /** 收回: back to draft before the next step acts; after 印发 only while nobody has signed for it. */
    public void recall(Actor actor, long id, String comment) {
        Document d = step(actor, id, CLERKS, null);
        switch (d.state()) {
            case REVIEW, COUNTERSIGN, SIGNING, SIGNED -> move(actor, d, FlowAction.RECALL, DocumentState.DRAFT, comment);
            case ISSUED -> {
                if (documents.anySignedFor(id)) {
                    throw new RuleViolationException("已有单位签收，不能收回");
                }
                move(actor, d, FlowAction.WITHDRAW, DocumentState.WITHDRAWN, comment);
            }
            default -> throw new RuleViolationException("当前状态（" + d.state().label() + "）无需收回");
        }
    }

    /**
     * 修改后重新印发 of a withdrawn document: a new draft with its text and addressees, which then goes through the
     * gate, 核稿, 签发 and 印发 like any draft. The withdrawn one stays as it was (its 文号 is not reused, its
     * recipients see 已收回), so nothing it was counted for is counted twice. Returns the new draft's id.
     */
    public long redraft(Actor actor, long id) {
        Document d = step(actor, id, CLERKS, DocumentState.WITHDRAWN);
        Unit issuer = access.issuer(d);
        DraftForm form = DraftForm.of(d);
        long draft = documents.insert(issuer.id(), form, addressing(issuer, form), actor.accountId());
        String was = d.documentNumber() != null ? d.documentNumber() : "《" + d.title() + "》";
        log.record(draft, FlowAction.CREATE, null, DocumentState.DRAFT, actor, "由已收回的" + was + "修改后重新印发");
        log.record(id, FlowAction.REDRAFT, d.state(), d.state(), actor, "新稿见公文 " + draft);
        return draft;
    }

    /** The gate as a page shows it: nothing is computed that writes (查重 shows its stored result). */
    @Transactional(readOnly = true)
    public GateResult preview(Actor actor, long id) {
        return gate.run(access.readable(actor, id), CheckMoment.VIEWING);
    }

    private GateResult passGate(Document d, CheckMoment moment) {
        GateResult result = gate.run(d, moment);
        if (result.blocked()) {
            throw new RuleViolationException("减负审核未通过：" + result.blockingSummary() + "。请修改，或提交超限说明经上一级减负办批准");
        }
        gate.record(d.id(), moment, result);
        return result;
    }

    private Document step(Actor actor, long id, Set<Role> roles, DocumentState expected) {
        access.forIssuer(actor, id, roles);
        Document d = documents.lock(id).orElseThrow();
        if (expected != null && d.state() != expected) {
            throw new RuleViolationException("公文当前状态为“" + d.state().label() + "”，不能进行此操作");
        }
        return d;
    }

    private void move(Actor actor, Document d, FlowAction action, DocumentState to, String comment) {
        documents.changeState(d.id(), to);
        log.record(d.id(), action, d.state(), to, actor, comment);
    }

    private Direction addressing(Unit issuer, DraftForm form) {
        if (form.getTitle().isBlank()) {
            throw new RuleViolationException("请填写标题");
        }
        Titles.checked("标题", form.getTitle());
        List<Unit> main = organization.units(form.getMainRecipientIds());
        List<Unit> copy = organization.units(form.getCopyRecipientIds());
        if (main.size() != form.getMainRecipientIds().stream().distinct().count()
                || copy.size() != form.getCopyRecipientIds().stream().distinct().count()) {
            throw new RuleViolationException("主送或抄送单位不存在");
        }
        for (Long co : form.getCoIssuerIds()) {
            Unit u = organization.unit(co).orElseThrow(() -> new RuleViolationException("联合发文单位不存在"));
            if (u.id() == issuer.id() || !u.divisionCode().equals(issuer.divisionCode())) {
                throw new RuleViolationException("联合发文单位须为本级其他单位");
            }
        }
        return Addressing.check(issuer, form.getKind(), main, copy);
    }
}
