package org.jianfu.documents.internal;

import java.time.Instant;
import java.util.List;
import org.jianfu.audit.AuditLog;
import org.jianfu.platform.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of a document: who did what when, with the comment or the list of changes. */
@Repository
public class TransitionLog {

    /** Published after each recorded step (in the step's transaction), for whoever must hear of it. */
    public record Recorded(long documentId, FlowAction action, DocumentState to, long actorAccountId, String comment) {
    }

    public record Entry(FlowAction action, DocumentState from, DocumentState to, String actorName, String comment,
                        Instant at) {
    }

    private final JdbcClient jdbc;

    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    TransitionLog(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    public void record(long documentId, FlowAction action, DocumentState from, DocumentState to, Actor actor,
                       String comment) {
        jdbc.sql("""
                        insert into documents.transition (document_id, action, from_state, to_state, account_id, actor_name, comment)
                        values (?,?,?,?,?,?,?)""")
                .params(documentId, action.name(), from == null ? null : from.name(), to.name(), actor.accountId(),
                        actor.displayName() + "（" + actor.unitName() + "）", comment)
                .update();
        if (action != FlowAction.CREATE && action != FlowAction.EDIT) {
            audit.record(actor, "公文：" + action.label(), "document:" + documentId, comment == null ? "" : comment);
        }
        events.publishEvent(new Recorded(documentId, action, to, actor.accountId(), comment));
    }

    public List<Entry> of(long documentId) {
        return jdbc.sql("select * from documents.transition where document_id = ? order by at, id").param(documentId)
                .query((rs, n) -> new Entry(FlowAction.valueOf(rs.getString("action")),
                        rs.getString("from_state") == null ? null : DocumentState.valueOf(rs.getString("from_state")),
                        DocumentState.valueOf(rs.getString("to_state")), rs.getString("actor_name"),
                        rs.getString("comment"), rs.getTimestamp("at").toInstant()))
                .list();
    }
}
