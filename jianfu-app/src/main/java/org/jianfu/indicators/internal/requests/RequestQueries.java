package org.jianfu.indicators.internal.requests;

import java.util.List;
import org.jianfu.organization.Division;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading requests within the actor's scope: lists and the detail with duplicate checks. */
@Service
public class RequestQueries {

    private final RequestRepository requests;
    private final RequestAccess access;
    private final DuplicateFinder duplicates;
    private final ExplanationGate gate;
    private final Sending sending;
    private final Organization organization;
    private final ConfirmationRepository confirmations;

    RequestQueries(RequestRepository requests, RequestAccess access, DuplicateFinder duplicates, ExplanationGate gate,
                   Sending sending, Organization organization, ConfirmationRepository confirmations) {
        this.confirmations = confirmations;
        this.requests = requests;
        this.sending = sending;
        this.organization = organization;
        this.access = access;
        this.duplicates = duplicates;
        this.gate = gate;
    }

    /** Own unit's requests; the 减负办 sees its subtree, the administrator everything (newest 200). */
    @Transactional(readOnly = true)
    public List<DataRequest> list(Actor actor) {
        if (actor.isAdmin()) {
            return requests.requestsOf(null, null, 200);
        }
        if (actor.role() == Role.MONITOR) {
            return requests.requestsOf(null, actor.divisionPath(), 200);
        }
        return requests.requestsOf(actor.unitId(), null, 200);
    }

    @Transactional(readOnly = true)
    public RequestDetail detail(Actor actor, long requestId) {
        DataRequest request = access.readable(actor, requestId);
        List<FieldCheck> checks = duplicates.check(request, requests.fields(requestId));
        var counts = requests.jdbc().sql("""
                        select count(*) n, count(submitted_at) done from indicators.request_target where request_id = ?""")
                .param(requestId).query((rs, row) -> new long[] {rs.getLong("n"), rs.getLong("done")}).single();
        boolean own = request.requesterUnitId() == actor.unitId()
                && (actor.role() == Role.CLERK || actor.role() == Role.LEADER);
        // the target rows are written when the request is sent; until then count whom it will reach
        long targets = request.status() == RequestStatus.SENT ? counts[0]
                : sending.targets(request.targetDivisionCode(), request.targetLevel()).size();
        String area = organization.division(request.targetDivisionCode()).map(Division::name).orElse("");
        String recipients = area + (request.targetLevel() == DivisionLevel.VILLAGE ? "各村（社区）" : "各乡镇（街道）");
        return new RequestDetail(request, checks, gate.judge(request, checks), recipients, targets, counts[1],
                own && request.draft(),
                request.status() == RequestStatus.AWAITING_LEADER && access.approvesAsLeader(actor, request),
                request.status() == RequestStatus.AWAITING_BURDEN_OFFICE && access.decidesExplanation(actor, request),
                own && request.status() == RequestStatus.SENT && request.remindedAt() == null);
    }

    /** The requester's answers to the request's 可能相同 pairs. */
    @Transactional(readOnly = true)
    public List<Confirmation> confirmations(Actor actor, long requestId) {
        access.readable(actor, requestId);
        return confirmations.ofRequest(requestId);
    }

    /** Sent requests waiting on the actor: explanations for a 减负办, approvals for a leader. */
    @Transactional(readOnly = true)
    public List<DataRequest> waitingOn(Actor actor) {
        if (actor.role() == Role.LEADER) {
            return requests.requestsOf(actor.unitId(), null, 50).stream()
                    .filter(r -> r.status() == RequestStatus.AWAITING_LEADER && access.approvesAsLeader(actor, r)).toList();
        }
        if (actor.role() == Role.MONITOR) {
            return requests.requestsOf(null, actor.divisionPath(), 500).stream()
                    .filter(r -> r.status() == RequestStatus.AWAITING_BURDEN_OFFICE)
                    .filter(r -> access.decidesExplanation(actor, r)).toList();
        }
        return List.of();
    }
}
