package org.jianfu.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jianfu.platform.DivisionPaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** documents.document with its co-issuers and addressees. */
@Repository
public class DocumentRepository {

    /** A row of a list: enough for one line of facts. */
    public record Listed(long id, String title, DocumentKind kind, DocumentState state, String documentNumber,
                         Urgency urgency, long issuingUnitId, Instant at) {
    }

    private final Clock clock;
    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public long insert(long unitId, DraftForm form, Direction direction, long accountId) {
        long id = jdbc.sql("""
                        insert into documents.document (issuing_unit_id, kind, title, body, comprehensive, urgency, header_style,
                          direction, written_on, review_confirmed, review_answers, drafted_by)
                        values (?,?,?,?,?,?,?,?,?,?,?,?) returning id""")
                .params(unitId, form.getKind().name(), form.getTitle(), form.getBody(), form.isComprehensive(),
                        form.getUrgency().name(), form.getHeaderStyle().name(), direction.name(), form.getWrittenOn(),
                        form.isReviewConfirmed(), ConsistencyReview.store(form.getReviewAnswers()), accountId)
                .query(Long.class).single();
        writeAddressees(id, form);
        return id;
    }

    public void update(long id, DraftForm form, Direction direction) {
        jdbc.sql("""
                        update documents.document set kind = ?, title = ?, body = ?, comprehensive = ?, urgency = ?,
                          header_style = ?, direction = ?, written_on = ?, review_confirmed = ?, review_answers = ?,
                          updated_at = ? where id = ?""")
                .params(form.getKind().name(), form.getTitle(), form.getBody(), form.isComprehensive(),
                        form.getUrgency().name(), form.getHeaderStyle().name(), direction.name(), form.getWrittenOn(),
                        form.isReviewConfirmed(), ConsistencyReview.store(form.getReviewAnswers()), now(), id)
                .update();
        jdbc.sql("delete from documents.co_issuer where document_id = ?").param(id).update();
        jdbc.sql("delete from documents.recipient where document_id = ?").param(id).update();
        writeAddressees(id, form);
    }

    private void writeAddressees(long id, DraftForm form) {
        form.getCoIssuerIds().stream().distinct().forEach(u -> jdbc.sql(
                "insert into documents.co_issuer (document_id, unit_id) values (?, ?)").params(id, u).update());
        form.getMainRecipientIds().stream().distinct().forEach(u -> jdbc.sql(
                "insert into documents.recipient (document_id, unit_id, copy) values (?, ?, false)").params(id, u).update());
        form.getCopyRecipientIds().stream().distinct().filter(u -> !form.getMainRecipientIds().contains(u))
                .forEach(u -> jdbc.sql("insert into documents.recipient (document_id, unit_id, copy) values (?, ?, true)")
                        .params(id, u).update());
    }

    public Optional<Document> find(long id) {
        return one("select * from documents.document where id = ?", id);
    }

    /** Locks the row: flow steps on one document run one after the other, also across servers. */
    public Optional<Document> lock(long id) {
        return one("select * from documents.document where id = ? for update", id);
    }

    /**
     * The row first, its addressees after the result set is closed: a query run from inside a row
     * mapper outside a transaction takes a second pooled connection while holding the first, and
     * under load every pooled connection ended up waiting for another (the server stalled).
     */
    private Optional<Document> one(String sql, long id) {
        Optional<Function<Addressees, Document>> row = jdbc.sql(sql).param(id).query((rs, n) -> document(rs)).optional();
        return row.map(build -> build.apply(addressees(id)));
    }

    private record Addressees(List<Long> coIssuers, List<Long> main, List<Long> copy) {
    }

    private Addressees addressees(long id) {
        List<Long> coIssuers = jdbc.sql("select unit_id from documents.co_issuer where document_id = ? order by unit_id")
                .param(id).query(Long.class).list();
        List<Long> main = new ArrayList<>();
        List<Long> copy = new ArrayList<>();
        jdbc.sql("""
                        select r.unit_id, r.copy from documents.recipient r join organization.unit u on u.id = r.unit_id
                        where r.document_id = ? order by u.division_code, u.sort_order, u.id""")
                .param(id).query(rs -> {
                    (rs.getBoolean("copy") ? copy : main).add(rs.getLong("unit_id"));
                });
        return new Addressees(coIssuers, main, copy);
    }

    public void changeState(long id, DocumentState state) {
        jdbc.sql("update documents.document set state = ?, updated_at = ? where id = ?").params(state.name(), now(), id)
                .update();
    }

    public void signed(long id, long accountId) {
        jdbc.sql("update documents.document set state = 'SIGNED', signed_by = ?, updated_at = ? where id = ?")
                .params(accountId, now(), id).update();
    }

    public void issued(long id, DocumentNumber number, Instant at) {
        jdbc.sql("""
                        update documents.document set state = 'ISSUED', number_prefix = ?, number_year = ?, number_seq = ?,
                          document_number = ?, issued_at = ?, issue_year = ?, updated_at = ?,
                          written_on = coalesce(written_on, cast(? as date)) where id = ?""")
                .params(number.prefix(), number.year(), number.sequence(), number.text(), Timestamp.from(at),
                        number.year(), Timestamp.from(at), LocalDate.ofInstant(at, Beijing.ZONE), id)
                .update();
    }

    public boolean anySignedFor(long id) {
        return jdbc.sql("select exists (select 1 from documents.recipient where document_id = ? and signed_at is not null)")
                .param(id).query(Boolean.class).single();
    }

    /** Documents of one issuing unit, newest first. */
    public List<Listed> ofUnit(long unitId, List<DocumentState> states, int limit) {
        return jdbc.sql("""
                        select id, title, kind, state, document_number, urgency, issuing_unit_id,
                          coalesce(issued_at, updated_at) at from documents.document
                        where issuing_unit_id = ? and state = any(?) order by coalesce(issued_at, updated_at) desc, id desc
                        limit ?""")
                .params(unitId, states.stream().map(Enum::name).toArray(String[]::new), limit)
                .query(DocumentRepository::listed).list();
    }

    /** The unit's documents in 核稿 that someone other than {@code accountId} drafted (separation of duties). */
    public List<Listed> awaitingReviewBy(long unitId, long accountId, int limit) {
        return jdbc.sql("""
                        select id, title, kind, state, document_number, urgency, issuing_unit_id,
                          coalesce(issued_at, updated_at) at from documents.document
                        where issuing_unit_id = ? and state = 'REVIEW' and drafted_by <> ?
                        order by updated_at desc, id desc limit ?""")
                .params(unitId, accountId, limit).query(DocumentRepository::listed).list();
    }

    /** Issued documents whose lead unit lies in a division subtree (for the 减负办). */
    public List<Listed> issuedBelow(String divisionPath, int limit) {
        return jdbc.sql("""
                        select d.id, d.title, d.kind, d.state, d.document_number, d.urgency, d.issuing_unit_id, d.issued_at at
                        from documents.document d join organization.unit u on u.id = d.issuing_unit_id
                          join organization.division v on v.code = u.division_code
                        where d.state in ('ISSUED', 'WITHDRAWN') and %s
                        order by d.issued_at desc, d.id desc limit ?""".formatted(DivisionPaths.sqlWithin("v.path")))
                .params(divisionPath, DivisionPaths.belowPattern(divisionPath), limit).query(DocumentRepository::listed).list();
    }

    static Listed listed(ResultSet rs, int n) throws SQLException {
        return new Listed(rs.getLong("id"), rs.getString("title"), DocumentKind.valueOf(rs.getString("kind")),
                DocumentState.valueOf(rs.getString("state")), rs.getString("document_number"),
                Urgency.valueOf(rs.getString("urgency")), rs.getLong("issuing_unit_id"), instant(rs, "at"));
    }

    private static Function<Addressees, Document> document(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        long issuingUnitId = rs.getLong("issuing_unit_id");
        DocumentKind kind = DocumentKind.valueOf(rs.getString("kind"));
        String title = rs.getString("title");
        String body = rs.getString("body");
        boolean comprehensive = rs.getBoolean("comprehensive");
        Urgency urgency = Urgency.valueOf(rs.getString("urgency"));
        HeaderStyle headerStyle = HeaderStyle.valueOf(rs.getString("header_style"));
        Direction direction = Direction.valueOf(rs.getString("direction"));
        DocumentState state = DocumentState.valueOf(rs.getString("state"));
        String number = rs.getString("document_number");
        Instant issuedAt = instant(rs, "issued_at");
        boolean reviewConfirmed = rs.getBoolean("review_confirmed");
        String reviewAnswers = rs.getString("review_answers");
        long draftedBy = rs.getLong("drafted_by");
        Instant createdAt = instant(rs, "created_at");
        Instant updatedAt = instant(rs, "updated_at");
        Integer year = rs.getObject("issue_year", Integer.class);
        Long signedBy = rs.getObject("signed_by", Long.class);
        java.sql.Date written = rs.getDate("written_on");
        return a -> new Document(id, issuingUnitId, kind, title, body, comprehensive, urgency, headerStyle, direction,
                state, written == null ? null : written.toLocalDate(), number, issuedAt, year, reviewConfirmed,
                reviewAnswers, draftedBy, signedBy, createdAt, updatedAt, a.coIssuers(), a.main(), a.copy());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** "Now" by the application's {@link Clock}, not the database server's. */
    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
