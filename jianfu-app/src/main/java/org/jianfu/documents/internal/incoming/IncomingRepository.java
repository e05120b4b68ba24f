package org.jianfu.documents.internal.incoming;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jianfu.documents.internal.Beijing;
import org.jianfu.documents.internal.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class IncomingRepository {

    private static final String SELECT = """
            select i.id, i.unit_id, i.document_id, i.title, i.original_number, i.issuing_organ, i.received_on, i.urgency,
              i.scan_name, i.state, i.result, a.display_name registered_by_name, i.registered_at, i.closed_at
            from documents.incoming i left join identity.account a on a.id = i.registered_by
            """;

    private static final String TASKS = """
            select t.*, a.display_name assignee_name from documents.incoming_task t
              join identity.account a on a.id = t.assignee_id
            """;

    private final JdbcClient jdbc;

    IncomingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An electronic document arrives registered when the unit signs for it; once per unit. */
    long registerElectronic(long unitId, long documentId, long accountId, Instant at) {
        return jdbc.sql("""
                        insert into documents.incoming (unit_id, document_id, title, original_number, issuing_organ, received_on,
                          urgency, registered_by, registered_at)
                        select ?, d.id, d.title, d.document_number, u.name, ?, d.urgency, ?, ?
                        from documents.document d join organization.unit u on u.id = d.issuing_unit_id where d.id = ?
                        on conflict (document_id, unit_id) do update set title = excluded.title returning id""")
                .params(unitId, at.atZone(Beijing.ZONE).toLocalDate(), accountId,
                        Timestamp.from(at), documentId)
                .query(Long.class).single();
    }

    /**
     * Registers the signed, unhandled receipts of the given documents issued at or after a time (parameters: a
     * {@code bigint[]} of document ids, a timestamp), as signing for them through the service does: the demo writes
     * its receipts in bulk, not through it.
     */
    public static final String REGISTER_SIGNED = """
            insert into documents.incoming (unit_id, document_id, title, original_number, issuing_organ, received_on,
              urgency, registered_by, registered_at)
            select r.unit_id, d.id, d.title, d.document_number, u.name, (r.signed_at at time zone 'Asia/Shanghai')::date,
              d.urgency, r.signed_by, r.signed_at
            from documents.recipient r join documents.document d on d.id = r.document_id
              join organization.unit u on u.id = d.issuing_unit_id
            where r.document_id = any(?) and r.signed_at is not null and r.handled_at is null and d.issued_at >= ?
            on conflict (document_id, unit_id) do nothing""";

    long registerPaper(long unitId, PaperRegistration form, String scanName, String scanType, byte[] scan,
                       long accountId, Instant at) {
        return jdbc.sql("""
                        insert into documents.incoming (unit_id, title, original_number, issuing_organ, received_on, urgency,
                          scan_name, scan_type, scan, registered_by, registered_at)
                        values (?,?,?,?,?,?,?,?,?,?,?) returning id""")
                .params(unitId, form.title(), form.originalNumber(), form.issuingOrgan(), form.receivedOn(),
                        form.urgency().name(), scanName, scanType, scan, accountId, Timestamp.from(at))
                .query(Long.class).single();
    }

    public Optional<Incoming> find(long id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query(IncomingRepository::incoming).optional();
    }

    /** The row, locked for a step: two leaders instructing at once take turns. */
    Optional<Incoming> lock(long id) {
        return jdbc.sql(SELECT + " where i.id = ? for update of i").param(id).query(IncomingRepository::incoming).optional();
    }

    public Optional<Incoming> ofDocument(long documentId, long unitId) {
        return jdbc.sql(SELECT + " where i.document_id = ? and i.unit_id = ?").params(documentId, unitId)
                .query(IncomingRepository::incoming).optional();
    }

    /** A unit's 收文登记 of a year, newest first, optionally of one state. */
    public List<Incoming> ofUnit(long unitId, int year, IncomingState state, int limit) {
        return jdbc.sql(SELECT + """
                         where i.unit_id = ? and extract(year from i.received_on) = ? and (cast(? as text) is null or i.state = ?)
                         order by i.received_on desc, i.id desc limit ?""")
                .params(unitId, year, state == null ? null : state.name(), state == null ? null : state.name(), limit)
                .query(IncomingRepository::incoming).list();
    }

    /** Registered in the unit and not yet proposed or instructed: what the office clerk has to 拟办. */
    public List<Incoming> awaitingProposal(long unitId, int limit) {
        return jdbc.sql(SELECT + " where i.unit_id = ? and i.state = 'REGISTERED' order by i.registered_at desc limit ?")
                .params(unitId, limit).query(IncomingRepository::incoming).list();
    }

    Scan scan(long id) {
        return jdbc.sql("select scan_name, scan_type, scan from documents.incoming where id = ? and scan is not null")
                .param(id).query((rs, n) -> new Scan(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow();
    }

    public record Scan(String name, String contentType, byte[] content) {
    }

    void changeState(long id, IncomingState state) {
        jdbc.sql("update documents.incoming set state = ? where id = ?").params(state.name(), id).update();
    }

    void close(long id, String result, Instant at) {
        jdbc.sql("update documents.incoming set state = 'CLOSED', result = ?, closed_at = ? where id = ?")
                .params(result, Timestamp.from(at), id).update();
    }

    void step(long incomingId, IncomingAction action, long accountId, String actorName, String opinion, Instant at) {
        jdbc.sql("""
                        insert into documents.incoming_step (incoming_id, action, account_id, actor_name, opinion, at)
                        values (?,?,?,?,?,?)""")
                .params(incomingId, action.name(), accountId, actorName, opinion, Timestamp.from(at)).update();
    }

    public List<IncomingStep> steps(long incomingId) {
        return jdbc.sql("select * from documents.incoming_step where incoming_id = ? order by at, id").param(incomingId)
                .query((rs, n) -> new IncomingStep(IncomingAction.valueOf(rs.getString("action")),
                        rs.getString("actor_name"), rs.getString("opinion"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    long addTask(long incomingId, TaskKind kind, long assigneeId, int position, LocalDate dueOn, Instant at) {
        return jdbc.sql("""
                        insert into documents.incoming_task (incoming_id, kind, assignee_id, position, due_on, assigned_at)
                        values (?,?,?,?,?,?) returning id""")
                .params(incomingId, kind.name(), assigneeId, position, dueOn, Timestamp.from(at))
                .query(Long.class).single();
    }

    public List<IncomingTask> tasks(long incomingId) {
        return jdbc.sql(TASKS + " where t.incoming_id = ? order by t.kind, t.position, t.id").param(incomingId)
                .query(IncomingRepository::task).list();
    }

    Optional<IncomingTask> task(long taskId) {
        return jdbc.sql(TASKS + " where t.id = ?").param(taskId).query(IncomingRepository::task).optional();
    }

    /** Open tasks of one person, the most pressing first (deadline, then age). */
    public List<IncomingTask> openTasksOf(long accountId, int limit) {
        return jdbc.sql(TASKS + " where t.assignee_id = ? and t.done_at is null order by t.due_on nulls last, t.assigned_at limit ?")
                .params(accountId, limit).query(IncomingRepository::task).list();
    }

    /** Open 承办 tasks due on or before a day (with the title of their document), for the morning reminder. */
    public List<IncomingTask> undertakingsDueBy(LocalDate day) {
        return jdbc.sql(TASKS + " where t.kind = 'UNDERTAKE' and t.done_at is null and t.due_on <= ? order by t.due_on")
                .param(day).query(IncomingRepository::task).list();
    }

    /** Marks a task done; false when it was done already (a second tap, or another session). */
    boolean finishTask(long taskId, String opinion, Instant at) {
        return jdbc.sql("update documents.incoming_task set done_at = ?, opinion = ? where id = ? and done_at is null")
                .params(Timestamp.from(at), opinion, taskId).update() == 1;
    }

    void reassign(long taskId, long assigneeId, Instant at) {
        jdbc.sql("update documents.incoming_task set assignee_id = ?, assigned_at = ? where id = ?")
                .params(assigneeId, Timestamp.from(at), taskId).update();
    }

    /** Open tasks of a kind on a document before {@code position}: a later reader of an in-order 传阅 waits for them. */
    long openBefore(long incomingId, TaskKind kind, int position) {
        return jdbc.sql("""
                        select count(*) from documents.incoming_task
                        where incoming_id = ? and kind = ? and position < ? and done_at is null""")
                .params(incomingId, kind.name(), position).query(Long.class).single();
    }

    long openOfKind(long incomingId, TaskKind kind) {
        return jdbc.sql("select count(*) from documents.incoming_task where incoming_id = ? and kind = ? and done_at is null")
                .params(incomingId, kind.name()).query(Long.class).single();
    }

    static Incoming incoming(ResultSet rs, int n) throws SQLException {
        long document = rs.getLong("document_id");
        Long documentId = rs.wasNull() ? null : document;
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Incoming(rs.getLong("id"), rs.getLong("unit_id"), documentId,
                rs.getString("title"), rs.getString("original_number"), rs.getString("issuing_organ"),
                rs.getDate("received_on").toLocalDate(), Urgency.valueOf(rs.getString("urgency")),
                rs.getString("scan_name"), IncomingState.valueOf(rs.getString("state")), rs.getString("result"),
                rs.getString("registered_by_name"), rs.getTimestamp("registered_at").toInstant(),
                closed == null ? null : closed.toInstant());
    }

    static IncomingTask task(ResultSet rs, int n) throws SQLException {
        Date due = rs.getDate("due_on");
        Timestamp done = rs.getTimestamp("done_at");
        return new IncomingTask(rs.getLong("id"), rs.getLong("incoming_id"), TaskKind.valueOf(rs.getString("kind")),
                rs.getLong("assignee_id"), rs.getString("assignee_name"), rs.getInt("position"),
                due == null ? null : due.toLocalDate(), rs.getTimestamp("assigned_at").toInstant(),
                done == null ? null : done.toInstant(), rs.getString("opinion"));
    }
}
