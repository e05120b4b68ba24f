package org.jianfu.vehicles.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.todo.TodoItem;
import org.jianfu.todo.TodoSource;
import org.springframework.stereotype.Component;

/**
 * 待办 of 公务用车: requests for the unit leader to approve (one tap, from the list) and for the
 * clerk to dispatch; urgent when the car is needed within a day.
 */
@Component
class CarTodos implements TodoSource {

    private static final int LIMIT = 50;
    private final CarRequests requests;

    private final Clock clock;

    CarTodos(CarRequests requests, Clock clock) {
        this.clock = clock;
        this.requests = requests;
    }

    @Override
    public List<TodoItem> itemsFor(Actor actor) {
        List<TodoItem> items = new ArrayList<>();
        if (actor.role() == Role.LEADER) {
            for (CarRequest r : requests.ofUnit(actor.unitId(), EnumSet.of(CarRequestState.SUBMITTED), LIMIT)) {
                if (r.requesterId() == actor.accountId()) {
                    continue; // another leader decides a leader's own request (ApprovalPolicy)
                }
                items.add(new TodoItem("用车待审批", r.purpose(), facts(r), href(r), r.createdAt(), soon(r),
                        "批准", href(r) + "/approve"));
            }
        } else if (actor.role() == Role.CLERK) {
            for (CarRequest r : requests.ofUnit(actor.unitId(), EnumSet.of(CarRequestState.APPROVED), LIMIT)) {
                items.add(new TodoItem("待派车", r.purpose(), facts(r), href(r), r.createdAt(), soon(r)));
            }
        }
        return items;
    }

    private static String facts(CarRequest r) {
        return r.requesterName() + " · " + r.period() + " · " + r.route() + " · " + r.passengers() + "人";
    }

    private static String href(CarRequest r) {
        return "/vehicles/requests/" + r.id();
    }

    private boolean soon(CarRequest r) {
        return r.startsAt().isBefore(clock.instant().plus(Duration.ofDays(1)));
    }
}
