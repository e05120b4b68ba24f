package org.jianfu.reuse.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jianfu.platform.DivisionPaths;
import org.jianfu.reuse.engine.Passage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The latest 查重 result per document. */
@Repository
class CheckResults {

    /** A stored result as the pages show it. */
    record Stored(long documentId, long issuingUnitId, int year, String moment, int length, double copyRatio,
                  String topSource, String topSourceTitle, double topShare, String topRelation, String verdict,
                  List<Passage> passages, String summary) {
    }

    private final Clock clock;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    CheckResults(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Saves in a transaction of its own: the gate may run inside a read-only request, and a check's
     * result is worth keeping even when the issuing it was part of rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void save(CopyFinding finding, String moment, String body) {
        var top = finding.topSource();
        jdbc.sql("""
                        insert into reuse.check_result (document_id, issuing_unit_id, year, moment, length, copy_ratio,
                            top_source, top_source_title, top_share, top_relation, verdict, passages, checked_at,
                            body_hash, summary)
                        values (?,?,?,?,?,?,?,?,?,?,?,cast(? as jsonb), ?, ?, ?)
                        on conflict (document_id) do update set issuing_unit_id = excluded.issuing_unit_id,
                            year = excluded.year, moment = excluded.moment, length = excluded.length,
                            copy_ratio = excluded.copy_ratio, top_source = excluded.top_source,
                            top_source_title = excluded.top_source_title, top_share = excluded.top_share,
                            top_relation = excluded.top_relation, verdict = excluded.verdict,
                            passages = excluded.passages, checked_at = excluded.checked_at,
                            body_hash = excluded.body_hash, summary = excluded.summary""")
                .params(finding.documentId(), finding.issuingUnitId(), finding.year(), moment, finding.report().length(),
                        finding.report().copyRatio(), top == null ? null : top.key(), top == null ? null : top.title(),
                        finding.topShare(), finding.topRelation(), finding.verdict().name(),
                        json.writeValueAsString(finding.passages()), now(), hash(body), finding.summary())
                .update();
    }

    /** The stored result of this very text (null summary for rows stored before texts were hashed: re-check). */
    Optional<Stored> current(long documentId, String body) {
        return jdbc.sql("select * from reuse.check_result where document_id = ? and body_hash = ? and summary is not null")
                .params(documentId, hash(body)).query((rs, n) -> stored(rs)).optional();
    }

    /** A result as the pages show it, computed and not stored (a GET never writes). */
    static Stored unsaved(CopyFinding finding, String moment) {
        var top = finding.topSource();
        return new Stored(finding.documentId(), finding.issuingUnitId(), finding.year(), moment, finding.report().length(),
                finding.report().copyRatio(), top == null ? null : top.key(), top == null ? null : top.title(),
                finding.topShare(), finding.topRelation(), finding.verdict().name(), finding.passages(), finding.summary());
    }

    static String hash(String body) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    Optional<Stored> find(long documentId) {
        return jdbc.sql("select * from reuse.check_result where document_id = ?").param(documentId)
                .query((rs, n) -> stored(rs)).optional();
    }

    /** Results of a year, most copied first, for the units in a division subtree. */
    List<Stored> ranked(int year, String divisionPath, int limit) {
        return jdbc.sql("""
                        select r.* from reuse.check_result r
                        join organization.unit u on u.id = r.issuing_unit_id
                        join organization.division d on d.code = u.division_code
                        where r.year = ? and %s
                        order by r.copy_ratio desc, r.document_id limit ?""".formatted(DivisionPaths.sqlWithin("d.path")))
                .params(year, divisionPath, DivisionPaths.belowPattern(divisionPath), limit)
                .query((rs, n) -> stored(rs)).list();
    }

    private Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<Passage> passages = new ArrayList<>(List.of(json.readValue(rs.getString("passages"), Passage[].class)));
        return new Stored(rs.getLong("document_id"), rs.getLong("issuing_unit_id"), rs.getInt("year"), rs.getString("moment"),
                rs.getInt("length"), rs.getDouble("copy_ratio"), rs.getString("top_source"), rs.getString("top_source_title"),
                rs.getDouble("top_share"), rs.getString("top_relation"), rs.getString("verdict"), passages,
                rs.getString("summary"));
    }

    /** "Now" by the application's {@link Clock}, not the database server's. */
    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
