package org.jianfu.documents.internal.incoming.web;

import java.util.List;
import org.jianfu.documents.internal.incoming.Incoming;
import org.jianfu.documents.internal.incoming.IncomingState;
import org.jianfu.documents.internal.incoming.IncomingTask;
import org.jianfu.documents.internal.incoming.TaskKind;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;

/**
 * What the record's page offers the signed-in person: the same rules as {@link
 * org.jianfu.documents.internal.incoming.IncomingHandling}, asked beforehand so that only possible steps show.
 */
record IncomingChoices(boolean propose, boolean instruct, boolean close, IncomingTask myReading,
                       IncomingTask myUndertaking, List<IncomingTask> transferable, List<IncomingTask> remindable) {

    static IncomingChoices of(Actor actor, Incoming i, List<IncomingTask> tasks) {
        boolean own = actor.unitId() == i.unitId();
        boolean clerk = own && actor.role() == Role.CLERK;
        boolean leader = own && actor.role() == Role.LEADER;
        boolean open = i.state() != IncomingState.CLOSED;
        List<IncomingTask> openTasks = tasks.stream().filter(IncomingTask::open).toList();
        IncomingTask reading = openTasks.stream()
                .filter(t -> t.kind() == TaskKind.CIRCULATE && t.assigneeId() == actor.accountId())
                .filter(t -> openTasks.stream().noneMatch(o -> o.kind() == TaskKind.CIRCULATE && o.position() < t.position()))
                .findFirst().orElse(null);
        IncomingTask undertaking = openTasks.stream()
                .filter(t -> t.kind() == TaskKind.UNDERTAKE && t.assigneeId() == actor.accountId()).findFirst().orElse(null);
        return new IncomingChoices(clerk && i.state() == IncomingState.REGISTERED,
                leader && (i.state() == IncomingState.REGISTERED || i.state() == IncomingState.PROPOSED),
                clerk && open && openTasks.isEmpty(), own ? reading : null, own ? undertaking : null,
                openTasks.stream().filter(t -> t.kind() == TaskKind.UNDERTAKE && (clerk || t.assigneeId() == actor.accountId())).toList(),
                clerk || leader ? openTasks : List.of());
    }

    public boolean anything() {
        return propose || instruct || close || myReading != null || myUndertaking != null || !transferable.isEmpty()
                || !remindable.isEmpty();
    }
}
