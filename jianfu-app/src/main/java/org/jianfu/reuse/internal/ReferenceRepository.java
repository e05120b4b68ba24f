package org.jianfu.reuse.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jianfu.platform.Actor;
import org.jianfu.platform.DivisionPaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code reuse.reference_document}, with the owning unit's name and division path. */
@Repository
class ReferenceRepository {

    /** What a new reference document says; the repository stamps the rest. */
    record NewReference(String title, String documentNumber, String issuingOrgan, ReferenceLevel level, LocalDate issuedOn,
                        String source, String body, long ownerUnitId, String addressedPath, Long incomingId,
                        String fileName, Long createdBy) {
    }

    private static final String SELECT = """
            select r.*, u.name as owner_name, d.path as owner_path from reuse.reference_document r
            join organization.unit u on u.id = r.owner_unit_id
            join organization.division d on d.code = u.division_code
            """;

    private final JdbcClient jdbc;

    ReferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts it; a second delivery of the same 收文 (its id is unique) inserts nothing and answers empty. */
    Optional<Long> insert(NewReference r, Instant now) {
        return jdbc.sql("""
                        insert into reuse.reference_document (title, document_number, issuing_organ, level, issued_on, source,
                            body, body_hash, owner_unit_id, addressed_path, incoming_id, file_name, created_by, created_at)
                        values (?,?,?,?,?,?,?,?,?,?,?,?,?,?) on conflict (incoming_id) do nothing returning id""")
                .params(r.title(), blankToNull(r.documentNumber()), r.issuingOrgan(), r.level().name(), r.issuedOn(), r.source(),
                        r.body(), r.body().isBlank() ? null : CheckResults.hash(r.body()), r.ownerUnitId(), r.addressedPath(),
                        r.incomingId(), r.fileName(), r.createdBy(), Timestamp.from(now))
                .query(Long.class).optional();
    }

    Optional<ReferenceDocument> find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    /** An active document of this owner with the same text (an upload or import already done). */
    Optional<Long> sameText(long ownerUnitId, String body) {
        return jdbc.sql("""
                        select id from reuse.reference_document where owner_unit_id = ? and body_hash = ?
                        and withdrawn_at is null order by id limit 1""")
                .params(ownerUnitId, CheckResults.hash(body)).query(Long.class).optional();
    }

    boolean withdraw(long id, long by, String reason, Instant now) {
        return jdbc.sql("""
                        update reuse.reference_document set withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ?
                        where id = ? and withdrawn_at is null""")
                .params(Timestamp.from(now), by, reason, id).update() == 1;
    }

    /** Ids of the documents in the 查重 corpus: not withdrawn and with text. */
    List<Long> activeWithText() {
        return jdbc.sql("select id from reuse.reference_document where withdrawn_at is null and body <> '' order by id")
                .query(Long.class).list();
    }

    /** An active document's text, or empty when withdrawn or gone. */
    Optional<ReferenceDocument> active(long id) {
        return jdbc.sql(SELECT + " where r.id = ? and r.withdrawn_at is null").param(id).query((rs, n) -> row(rs)).optional();
    }

    /**
     * The documents {@code actor} may read, newest first: the own unit's, those addressed to the actor's
     * division or above it, for a 减负办 every unit's in its area, for the administrator all; filtered by words
     * (title, 文号, organ or text), level and whether withdrawn ones are shown.
     */
    List<ReferenceDocument> readable(Actor actor, String words, ReferenceLevel level, boolean withdrawn, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(withdrawn ? " where r.withdrawn_at is not null" : " where r.withdrawn_at is null");
        if (!actor.isAdmin()) {
            where.append(" and (r.owner_unit_id = ? or ").append(DivisionPaths.sqlHolding("r.addressed_path"));
            params.add(actor.unitId());
            params.add(actor.divisionPath());
            params.add(actor.divisionPath());
            if (actor.monitors(actor.divisionPath())) {
                where.append(" or ").append(DivisionPaths.sqlWithin("d.path"));
                params.add(actor.divisionPath());
                params.add(DivisionPaths.belowPattern(actor.divisionPath()));
            }
            where.append(")");
        }
        if (level != null) {
            where.append(" and r.level = ?");
            params.add(level.name());
        }
        if (words != null && !words.isBlank()) {
            String like = "%" + words.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (r.title ilike ? or r.document_number ilike ? or r.issuing_organ ilike ? or r.body ilike ?)");
            params.add(like);
            params.add(like);
            params.add(like);
            params.add(like);
        }
        params.add(limit);
        return jdbc.sql(SELECT + where + " order by coalesce(r.issued_on, r.created_at::date) desc, r.id desc limit ?")
                .params(params).query((rs, n) -> row(rs)).list();
    }

    private static ReferenceDocument row(ResultSet rs) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        java.sql.Date issued = rs.getDate("issued_on");
        long incoming = rs.getLong("incoming_id");
        boolean noIncoming = rs.wasNull();
        return new ReferenceDocument(rs.getLong("id"), rs.getString("title"), rs.getString("document_number"),
                rs.getString("issuing_organ"), ReferenceLevel.valueOf(rs.getString("level")),
                issued == null ? null : issued.toLocalDate(), rs.getString("source"), rs.getString("body"),
                rs.getLong("owner_unit_id"), rs.getString("owner_name"), rs.getString("owner_path"),
                rs.getString("addressed_path"), noIncoming ? null : incoming, rs.getString("file_name"),
                rs.getTimestamp("created_at").toInstant(), withdrawn == null ? null : withdrawn.toInstant(),
                rs.getString("withdrawn_reason"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
