package org.jianfu.documents.internal.inbox;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jianfu.documents.internal.DocumentKind;
import org.jianfu.documents.internal.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReceiptRepository {

    private static final String SELECT = """
            select r.*, d.state document_state, d.title, d.kind, d.urgency, d.document_number, d.issued_at, iu.name issuing_unit_name,
              ru.name unit_name, sa.display_name signed_by_name
            from documents.recipient r join documents.document d on d.id = r.document_id
              join organization.unit iu on iu.id = d.issuing_unit_id join organization.unit ru on ru.id = r.unit_id
              left join identity.account sa on sa.id = r.signed_by
            """;

    private final JdbcClient jdbc;

    private final Clock clock;

    ReceiptRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * A unit's inbox: waiting first, then unread, then the rest; newest first within (urgency shows as a tag).
     * Withdrawn documents stay in it, tagged 已收回, so a unit that saw one arrive sees why it cannot sign for it.
     */
    public List<Receipt> inbox(long unitId, int limit) {
        return jdbc.sql(SELECT + """
                         where r.unit_id = ? and d.state in ('ISSUED', 'WITHDRAWN')
                         order by (d.state = 'ISSUED' and r.signed_at is null and r.returned_at is null) desc,
                           (d.state = 'ISSUED' and r.read_at is null) desc,
                           d.issued_at desc, d.id desc limit ?""")
                .params(unitId, limit).query(ReceiptRepository::receipt).list();
    }

    public List<Receipt> waiting(long unitId, int limit) {
        return jdbc.sql(SELECT + """
                         where r.unit_id = ? and d.state = 'ISSUED' and r.signed_at is null and r.returned_at is null
                         order by d.issued_at desc limit ?""")
                .params(unitId, limit).query(ReceiptRepository::receipt).list();
    }

    public long countWaiting(long unitId) {
        return jdbc.sql("""
                        select count(*) from documents.recipient r join documents.document d on d.id = r.document_id
                        where r.unit_id = ? and d.state = 'ISSUED' and r.signed_at is null and r.returned_at is null""")
                .param(unitId).query(Long.class).single();
    }

    public List<Receipt> ofDocument(long documentId) {
        return jdbc.sql(SELECT + " where r.document_id = ? order by r.copy, r.signed_at nulls first, ru.division_code, ru.sort_order")
                .param(documentId).query(ReceiptRepository::receipt).list();
    }

    /** Stamps come from the application's clock, so they agree with the issuing time it wrote. */
    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    public Optional<Receipt> find(long documentId, long unitId) {
        return jdbc.sql(SELECT + " where r.document_id = ? and r.unit_id = ?").params(documentId, unitId)
                .query(ReceiptRepository::receipt).optional();
    }

    boolean signFor(long documentId, long unitId, long accountId) {
        return jdbc.sql("""
                        update documents.recipient set signed_at = ?, signed_by = ?
                        where document_id = ? and unit_id = ? and signed_at is null and returned_at is null""")
                .params(now(), accountId, documentId, unitId).update() == 1;
    }

    boolean read(long documentId, long unitId, long accountId) {
        return jdbc.sql("""
                        update documents.recipient set read_at = ?, read_by = ?
                        where document_id = ? and unit_id = ? and read_at is null and signed_at is not null""")
                .params(now(), accountId, documentId, unitId).update() == 1;
    }

    boolean handled(long documentId, long unitId) {
        return jdbc.sql("""
                        update documents.recipient set handled_at = ?, read_at = coalesce(read_at, ?)
                        where document_id = ? and unit_id = ? and handled_at is null and signed_at is not null""")
                .params(now(), now(), documentId, unitId).update() == 1;
    }

    boolean refuse(long documentId, long unitId, String comment) {
        return jdbc.sql("""
                        update documents.recipient set returned_at = ?, return_comment = ?
                        where document_id = ? and unit_id = ? and signed_at is null and returned_at is null""")
                .params(now(), comment, documentId, unitId).update() == 1;
    }

    /** Marks today's reminder for the unsigned addressees not yet reminded today; returns how many. */
    int remind(long documentId, LocalDate today) {
        return jdbc.sql("""
                        update documents.recipient set reminded_on = ?
                        where document_id = ? and signed_at is null and returned_at is null
                          and (reminded_on is null or reminded_on < ?)""")
                .params(today, documentId, today).update();
    }

    static Receipt receipt(ResultSet rs, int n) throws SQLException {
        Date reminded = rs.getDate("reminded_on");
        return new Receipt(rs.getLong("document_id"), rs.getString("title"), DocumentKind.valueOf(rs.getString("kind")),
                Urgency.valueOf(rs.getString("urgency")), rs.getString("document_number"),
                rs.getString("issuing_unit_name"), instant(rs, "issued_at"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getBoolean("copy"), instant(rs, "signed_at"),
                rs.getString("signed_by_name"), instant(rs, "read_at"), instant(rs, "handled_at"),
                instant(rs, "returned_at"), rs.getString("return_comment"),
                reminded == null ? null : reminded.toLocalDate(), "WITHDRAWN".equals(rs.getString("document_state")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
