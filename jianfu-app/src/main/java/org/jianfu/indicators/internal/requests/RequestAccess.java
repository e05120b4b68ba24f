package org.jianfu.indicators.internal.requests;

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

    RequestAccess(RequestRepository requests) {
        this.requests = requests;
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

    /** The 减负办 of the requester's division or one level up decides explanations (and the administrator). */
    static boolean decidesExplanation(Actor actor, DataRequest request) {
        if (actor.isAdmin()) {
            return true;
        }
        if (actor.role() != Role.MONITOR) {
            return false;
        }
        String path = request.requesterPath();
        String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : path;
        return actor.divisionPath().equals(path) || actor.divisionPath().equals(parent);
    }

    static int depth(String path) {
        return (int) path.chars().filter(c -> c == '.').count() + 1;
    }
}
