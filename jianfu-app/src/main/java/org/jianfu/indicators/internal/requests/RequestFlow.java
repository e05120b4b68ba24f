package org.jianfu.indicators.internal.requests;

import java.time.Clock;
import java.util.List;
import org.jianfu.indicators.internal.registry.Registry;
import org.jianfu.indicators.internal.registry.RegistryEntry;
import org.jianfu.organization.Division;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.OrganizationScope;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafting a data request: create, fields, reuse instead of asking, submit for approval. */
@Service
public class RequestFlow {

    /** Longest reason a requester gives for "不是同一指标". */
    static final int MAX_REASON = 200;

    private final RequestRepository requests;
    private final RequestAccess access;
    private final DuplicateFinder duplicates;
    private final ExplanationGate gate;
    private final Registry registry;
    private final Organization organization;
    private final OrganizationScope scope;
    private final Approvals approvals;
    private final ConfirmationRepository confirmations;
    private final Clock clock;

    RequestFlow(RequestRepository requests, RequestAccess access, DuplicateFinder duplicates, ExplanationGate gate,
                Registry registry, Organization organization, OrganizationScope scope, Approvals approvals,
                ConfirmationRepository confirmations, Clock clock) {
        this.confirmations = confirmations;
        this.clock = clock;
        this.requests = requests;
        this.access = access;
        this.duplicates = duplicates;
        this.gate = gate;
        this.registry = registry;
        this.organization = organization;
        this.scope = scope;
        this.approvals = approvals;
    }

    @Transactional
    public long create(Actor actor, RequestDraft draft) {
        if (!RequestAccess.mayDraft(actor)) {
            throw new AccessDeniedException("只有县级以上部门的文书和领导可以起草填报任务");
        }
        String title = draft.checkedTitle();
        DivisionLevel level = draft.level();
        Division target = scope.division(actor, draft.targetDivisionCode() == null ? "" : draft.targetDivisionCode());
        if (target.level().ordinal() >= level.ordinal()) {
            throw new RuleViolationException("填报对象必须在所选行政区划之下");
        }
        if (draft.deadlineDate().isBefore(draft.month().atDay(1))) {
            throw new RuleViolationException("截止日期不能早于填报月份");
        }
        Unit unit = organization.unit(actor.unitId()).orElseThrow();
        return requests.insert(unit.id(), unit.divisionPath(), unit.shortName(), title,
                draft.purpose() == null ? "" : draft.purpose().strip(), target.code(), target.path(), level,
                draft.periodValue(), draft.month(), draft.deadlineDate(), actor.accountId());
    }

    @Transactional
    public long addField(Actor actor, long requestId, NewField field) {
        DataRequest request = editableDraft(actor, requestId);
        NewField checked = field.checked();
        Long indicatorId = null;
        if (checked.indicatorCode() != null && !checked.indicatorCode().isBlank()) {
            indicatorId = registry.byCode(checked.indicatorCode().strip()).map(RegistryEntry::id)
                    .orElseThrow(() -> new RuleViolationException("指标库中没有编码为 " + checked.indicatorCode() + " 的指标"));
        }
        boolean twice = requests.fields(request.id()).stream()
                .anyMatch(f -> f.name().equals(checked.name().strip()));
        if (twice) {
            throw new RuleViolationException("本任务已有字段「" + checked.name().strip() + "」");
        }
        return requests.insertField(request.id(), checked, indicatorId);
    }

    @Transactional
    public void removeField(Actor actor, long requestId, long fieldId) {
        editableDraft(actor, requestId);
        requests.deleteField(requestId, fieldId);
    }

    /** Read the datum from whoever already collects it (the chosen duplicate) instead of asking again. */
    @Transactional
    public void reuse(Actor actor, long requestId, long fieldId, String matchKey) {
        DataRequest request = editableDraft(actor, requestId);
        RequestField field = fieldOf(request, fieldId);
        FieldCheck check = duplicates.check(request, List.of(field)).getFirst();
        // 同一指标, or 可能相同 that the requester confirmed as one datum
        Duplicate chosen = java.util.stream.Stream.concat(check.duplicates().stream(),
                        check.maybes().stream().filter(m -> check.answer(m.field()).filter(Confirmation::same).isPresent()))
                .filter(d -> d.matchKey().equals(matchKey)).findFirst()
                .orElseThrow(() -> new RuleViolationException("所选数据来源与该字段不一致，请刷新后重试"));
        share(request, field, chosen);
    }

    /**
     * The requester's answer to a 可能相同 pair: "是同一指标" reads the datum from that department
     * (共享复用) at once; "不是同一指标" needs a short reason. Either is stored with who, when, the
     * matched name, the tier and score; a later answer about the same pair replaces it.
     */
    @Transactional
    public void answer(Actor actor, long requestId, long fieldId, String matchKey, boolean same, String reason) {
        DataRequest request = editableDraft(actor, requestId);
        RequestField field = fieldOf(request, fieldId);
        Duplicate asked = duplicates.check(request, List.of(field)).getFirst().maybes().stream()
                .filter(d -> d.matchKey().equals(matchKey)).findFirst()
                .orElseThrow(() -> new RuleViolationException("该字段与所选数据已不是「可能相同」，请刷新后重试"));
        String why = reason == null ? "" : reason.strip().replaceAll("\\s+", " ");
        if (!same && why.isEmpty()) {
            throw new RuleViolationException("请简要说明「" + field.name() + "」为什么与「" + asked.field() + "」不是同一指标");
        }
        if (why.length() > MAX_REASON) {
            throw new RuleViolationException("说明请不超过 " + MAX_REASON + " 字");
        }
        confirmations.save(request, field, asked, same, same ? null : why, actor, clock.instant());
        if (same) {
            share(request, field, asked);
        }
    }

    private void share(DataRequest request, RequestField field, Duplicate chosen) {
        long fieldId = field.id();
        long requestId = request.id();
        requests.setReuse(fieldId, true, chosen.matchKey());
        requests.jdbc().sql("delete from indicators.field_share where field_id = ?").param(fieldId).update();
        requests.jdbc().sql("""
                        insert into indicators.field_share (reader_unit_id, request_id, field_id, source, source_unit_id, match_key)
                        values (?,?,?,?,?,?)""")
                .params(request.requesterUnitId(), requestId, fieldId,
                        chosen.collector() + "「" + chosen.requestTitle() + "」· " + chosen.field(), chosen.sourceUnitId(),
                        chosen.matchKey())
                .update();
    }

    /** Undo a reuse: the field is asked of the grassroots again. */
    @Transactional
    public void ask(Actor actor, long requestId, long fieldId) {
        DataRequest request = editableDraft(actor, requestId);
        fieldOf(request, fieldId);
        requests.setReuse(fieldId, false, null);
        requests.jdbc().sql("delete from indicators.field_share where field_id = ?").param(fieldId).update();
    }

    /** Leaves the draft: fixes each field's datum key, records the gate, and (for a leader) approves at once. */
    @Transactional
    public void submit(Actor actor, long requestId, String explanation) {
        DataRequest request = editableDraft(actor, requestId);
        List<RequestField> fields = requests.fields(requestId);
        if (fields.isEmpty()) {
            throw new RuleViolationException("请至少添加一个字段");
        }
        List<FieldCheck> checks = duplicates.check(request, fields);
        ExplanationGate.Verdict verdict = gate.judge(request, checks);
        boolean explained = explanation != null && !explanation.isBlank();
        List<String> unconfirmed = RequestDetail.unconfirmed(checks);
        List<String> missing = new java.util.ArrayList<>();
        if (!unconfirmed.isEmpty()) {
            missing.add(RequestDetail.unconfirmedText(unconfirmed));
        }
        if (verdict.needed() && !explained) {
            missing.add(verdict.reasonText() + "。请改为共享复用，或填写说明报减负办审批");
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(String.join("；", missing));
        }
        checks.forEach(this::fixMatchKey);
        requests.jdbc().sql("""
                        update indicators.data_request set status = 'AWAITING_LEADER', gate_reason = ?, explanation = ?,
                            return_note = null where id = ?""")
                .params(verdict.needed() ? verdict.reasonText() : null, explained ? explanation.strip() : null, requestId)
                .update();
        if (access.approvesAsLeader(actor, requests.request(requestId).orElseThrow())) {
            approvals.approve(actor, requestId); // a leader submitting a clerk's draft approves it at once
        }
    }

    private void fixMatchKey(FieldCheck check) {
        RequestField field = check.field();
        if (field.reused()) {
            return;
        }
        String key;
        if (field.indicatorId() != null) {
            key = "I:" + registry.byId(field.indicatorId()).orElseThrow().indicator().code();
        } else if (check.registryMatch() != null) {
            key = check.registryMatch().matchKey();
        } else if (!check.duplicates().isEmpty()) {
            key = check.duplicates().getFirst().matchKey();
        } else if (check.maybes().stream().anyMatch(m -> check.answer(m.field()).filter(Confirmation::same).isPresent())) {
            key = check.maybes().stream().filter(m -> check.answer(m.field()).filter(Confirmation::same).isPresent())
                    .findFirst().orElseThrow().matchKey(); // confirmed by the requester as one datum
        } else {
            key = "F:" + field.id();
        }
        requests.setMatchKey(field.id(), key);
    }

    private DataRequest editableDraft(Actor actor, long requestId) {
        DataRequest request = access.own(actor, requestId);
        if (!request.draft()) {
            throw new RuleViolationException("任务已提交审批，不能再修改；如需修改请让领导退回");
        }
        return request;
    }

    private RequestField fieldOf(DataRequest request, long fieldId) {
        return requests.fields(request.id()).stream().filter(f -> f.id() == fieldId).findFirst()
                .orElseThrow(() -> new NotFoundException("字段不存在: " + fieldId));
    }
}
