package org.jianfu.indicators.internal.requests;

import org.jianfu.organization.ApprovalPolicy;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Who sees and changes a data request: the requesting unit's clerk and leader, the 减负办 of its
 * division subtree (which includes the one a level up), the administrator. Anything else is 404.
 */
@Service
public class RequestAccess {

    private final RequestRepository requests;
    private final ApprovalPolicy policy;

    RequestAccess(RequestRepository requests, ApprovalPolicy policy) {
        this.requests = requests;
        this.policy = policy;
    }

    public DataRequest readable(Actor actor, long requestId) {
        return requests.request(requestId)
                .filter(r -> actor.mayReadUnit(r.requesterUnitId(), r.requesterPath()))
                .orElseThrow(() -> new NotFoundException("填报任务不存在或不在本账号范围内: " + requestId));
    }

    /** A request of the actor's own unit that the actor (clerk or leader) may work on. */
    DataRequest own(Actor actor, long requestId) {
        DataRequest request = readable(actor, requestId);
        if (request.requesterUnitId() != actor.unitId()
                || (actor.role() != Role.CLERK && actor.role() != Role.LEADER)) {
            throw new AccessDeniedException("只有发起部门的文书和领导可以操作该任务");
        }
        return request;
    }

    /** Departments above the grassroots draft requests: province, prefecture and county units. */
    static boolean mayDraft(Actor actor) {
        boolean role = actor.role() == Role.CLERK || actor.role() == Role.LEADER;
        return role && depth(actor.divisionPath()) <= 3;
    }

    /**
     * The 减负办 that decides a request's explanation ({@link ApprovalPolicy}: the office of the
     * requester's division, or an office above it, or the administrator).
     */
    boolean decidesExplanation(Actor actor, DataRequest request) {
        String path = request.requesterPath();
        return policy.isDecidingOffice(actor, ApprovalPolicy.Matter.DATA_REQUEST_EXPLANATION,
                path.substring(path.lastIndexOf('.') + 1));
    }

    /** A leader of the requesting unit who did not draft the request themselves. */
    boolean approvesAsLeader(Actor actor, DataRequest request) {
        return policy.isDecider(actor, ApprovalPolicy.Matter.DATA_REQUEST, request.requesterUnitId(), null, null)
                && !java.util.Objects.equals(request.draftedBy(), actor.accountId());
    }

    static int depth(String path) {
        return (int) path.chars().filter(c -> c == '.').count() + 1;
    }
}
