package org.jianfu.documents.internal.incoming;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jianfu.documents.internal.Beijing;
import org.jianfu.documents.internal.Urgency;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.todo.TodoItem;
import org.jianfu.todo.TodoSource;
import org.springframework.stereotype.Component;

/** 待办 from 收文办理: 待拟办 for the office clerk, then 待批办, 待阅示 and 待承办 for whoever the work waits on. */
@Component
class IncomingTodos implements TodoSource {

    /** The newest registrations only: older ones are in the 收文登记, not in the phone's 待办. */
    private static final int PROPOSALS_SHOWN = 10;

    private final IncomingRepository incoming;
    private final Clock clock;

    IncomingTodos(IncomingRepository incoming, Clock clock) {
        this.incoming = incoming;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> itemsFor(Actor actor) {
        List<TodoItem> items = new ArrayList<>();
        if (actor.role() != Role.CLERK && actor.role() != Role.LEADER && actor.role() != Role.CADRE) {
            return items;
        }
        LocalDate today = LocalDate.now(clock.withZone(Beijing.ZONE));
        for (IncomingTask t : incoming.openTasksOf(actor.accountId(), 50)) {
            if (t.kind() == TaskKind.CIRCULATE && incoming.openBefore(t.incomingId(), TaskKind.CIRCULATE, t.position()) > 0) {
                continue; // in-order 传阅: not this reader's turn yet
            }
            Incoming i = incoming.find(t.incomingId()).orElseThrow();
            String due = t.dueOn() == null ? "" : (t.overdueOn(today) ? " · 已超期（" : " · 期限 ") + t.dueOn()
                    + (t.overdueOn(today) ? "）" : "");
            items.add(new TodoItem("待" + (t.kind() == TaskKind.CIRCULATE ? "阅示" : t.kind().label()), i.title(),
                    i.issuingOrgan() + due, "/incoming/" + i.id(), t.assignedAt(),
                    t.overdueOn(today) || t.dueSoonOn(today) || i.urgency() != Urgency.NORMAL));
        }
        if (actor.role() == Role.CLERK) {
            for (Incoming i : incoming.awaitingProposal(actor.unitId(), PROPOSALS_SHOWN)) {
                items.add(new TodoItem("待拟办", i.title(), i.issuingOrgan() + (i.paper() ? " · 纸质来文" : ""),
                        "/incoming/" + i.id(), i.registeredAt(), i.urgency() != Urgency.NORMAL));
            }
        }
        return items;
    }
}
