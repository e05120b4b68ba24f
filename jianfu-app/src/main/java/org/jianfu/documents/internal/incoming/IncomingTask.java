package org.jianfu.documents.internal.incoming;

import java.time.Instant;
import java.time.LocalDate;

/** One person's work on a received document: 批办, 传阅 (阅示) or 承办, open until done. */
public record IncomingTask(long id, long incomingId, TaskKind kind, long assigneeId, String assigneeName, int position,
                           LocalDate dueOn, Instant assignedAt, Instant doneAt, String opinion) {

    public boolean open() {
        return doneAt == null;
    }

    /** 超期: open after its deadline day. */
    public boolean overdueOn(LocalDate today) {
        return open() && dueOn != null && dueOn.isBefore(today);
    }

    /** Due today or tomorrow and still open: shown in amber, reminded the day before. */
    public boolean dueSoonOn(LocalDate today) {
        return open() && dueOn != null && !dueOn.isBefore(today) && !dueOn.isAfter(today.plusDays(1));
    }
}
