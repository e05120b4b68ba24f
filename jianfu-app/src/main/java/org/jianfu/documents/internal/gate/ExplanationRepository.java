package org.jianfu.documents.internal.gate;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ExplanationRepository {

    private static final String SELECT = """
            select e.*, d.title, v.name || '减负办' approver_name, w.display_name writer_name, k.display_name decider_name
            from documents.explanation e join documents.document d on d.id = e.document_id
              join organization.division v on v.code = e.approver_division
              join identity.account w on w.id = e.written_by left join identity.account k on k.id = e.decided_by
            """;

    private final Clock clock;
    private final JdbcClient jdbc;

    ExplanationRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    long insert(long documentId, String check, String label, String summary, String text, String approverDivision,
                long accountId) {
        return jdbc.sql("""
                        insert into documents.explanation (document_id, check_name, check_label, check_summary, text,
                          approver_division, written_by) values (?,?,?,?,?,?,?) returning id""")
                .params(documentId, check, label, summary, text, approverDivision, accountId).query(Long.class).single();
    }

    Optional<Explanation> find(long id) {
        return jdbc.sql(SELECT + " where e.id = ?").param(id).query(ExplanationRepository::explanation).optional();
    }

    /** Locks a pending explanation so two approvers cannot both decide it. */
    boolean decide(long id, Explanation.State state, long accountId, String comment) {
        return jdbc.sql("""
                        update documents.explanation set state = ?, decided_by = ?, decided_at = ?, decision_comment = ?
                        where id = ? and state = 'PENDING'""")
                .params(state.name(), accountId, now(), comment, id).update() == 1;
    }

    public List<Explanation> ofDocument(long documentId) {
        return jdbc.sql(SELECT + " where e.document_id = ? order by e.written_at, e.id").param(documentId)
                .query(ExplanationRepository::explanation).list();
    }

    /** The newest explanation per check of a document. */
    Map<String, Explanation> latestByCheck(long documentId) {
        Map<String, Explanation> latest = new LinkedHashMap<>();
        ofDocument(documentId).forEach(e -> latest.put(e.checkName(), e));
        return latest;
    }

    public List<Explanation> awaiting(String approverDivision) {
        return jdbc.sql(SELECT + " where e.approver_division = ? and e.state = 'PENDING' order by e.written_at")
                .param(approverDivision).query(ExplanationRepository::explanation).list();
    }

    List<Explanation> decidedBy(String approverDivision, int limit) {
        return jdbc.sql(SELECT + " where e.approver_division = ? and e.state <> 'PENDING' order by e.decided_at desc limit ?")
                .params(approverDivision, limit).query(ExplanationRepository::explanation).list();
    }

    static Explanation explanation(ResultSet rs, int n) throws SQLException {
        return new Explanation(rs.getLong("id"), rs.getLong("document_id"), rs.getString("title"),
                rs.getString("check_name"), rs.getString("check_label"), rs.getString("check_summary"),
                rs.getString("text"), Explanation.State.valueOf(rs.getString("state")), rs.getString("approver_division"),
                rs.getString("approver_name"), rs.getString("writer_name"), instant(rs.getTimestamp("written_at")),
                rs.getString("decider_name"), instant(rs.getTimestamp("decided_at")), rs.getString("decision_comment"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** "Now" by the application's {@link Clock}, not the database server's. */
    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
