package org.jianfu.documents.internal.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jianfu.documents.internal.Beijing;
import org.jianfu.documents.internal.incoming.IncomingRepository;
import org.jianfu.organization.Unit;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes demo documents in batches: ids from the sequence, 文号 per prefix and year in issuing
 * order, addressees with most of them signed for (and many read and handled), one ISSUE history row each.
 */
final class DemoWriter {

    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final Random random;
    private final Map<Long, Long> clerkOf;
    private final Map<Long, Long> leaderOf;
    private final Map<String, Integer> sequences = new HashMap<>();
    private final List<DemoDocument> pending = new ArrayList<>();
    private final List<Long> written = new ArrayList<>();
    /** Null: every addressee signs within three days. Else addressees sign over days; what falls after it is still waiting. */
    private Instant now;
    private long rows;

    DemoWriter(JdbcTemplate jdbc, Random random, Map<Long, Long> clerkOf, Map<Long, Long> leaderOf) {
        this.jdbc = jdbc;
        this.random = random;
        this.clerkOf = clerkOf;
        this.leaderOf = leaderOf;
    }

    /**
     * For the living demo: addressees take up to {@code days} to sign for a document, and a signature
     * that would fall after {@code now} has not happened yet, so the last days' documents wait for 签收.
     */
    DemoWriter waitingAfter(Instant now) {
        this.now = now;
        return this;
    }

    /** Adds one unit's documents of one year; they get their numbers in issuing order. */
    void add(List<DemoDocument> unitYear) {
        pending.addAll(unitYear);
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    long finish() {
        flush();
        jdbc.update("""
                insert into documents.number_counter (prefix, year, last_seq)
                select number_prefix, number_year, max(number_seq) from documents.document where demo group by 1, 2
                on conflict (prefix, year) do update set last_seq = greatest(documents.number_counter.last_seq, excluded.last_seq)""");
        rows += jdbc.update("""
                insert into documents.transition (document_id, action, from_state, to_state, account_id, actor_name, at)
                select d.id, 'ISSUE', 'SIGNED', 'ISSUED', d.drafted_by, a.display_name || '（' || u.name || '）', d.issued_at
                from documents.document d join identity.account a on a.id = d.drafted_by
                  join organization.unit u on u.id = d.issuing_unit_id where d.id = any(?)""",
                (Object) written.toArray(Long[]::new));
        // the last two months' signed documents are in their units' 收文登记, waiting for 拟办 as real ones would
        Timestamp newest = jdbc.queryForObject("select max(issued_at) from documents.document where id = any(?)",
                Timestamp.class, (Object) written.toArray(Long[]::new));
        if (newest != null) {
            rows += jdbc.update(IncomingRepository.REGISTER_SIGNED, written.toArray(Long[]::new),
                    Timestamp.from(newest.toInstant().minus(Duration.ofDays(60))));
        }
        return rows;
    }

    /** The last 文号 of a prefix and year already given (by the seed, an earlier period or a person). */
    private int lastNumber(String prefix, int year) {
        return jdbc.query("select last_seq from documents.number_counter where prefix = ? and year = ?",
                rs -> rs.next() ? rs.getInt(1) : 0, prefix, year);
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.queryForList("select nextval('documents.document_id_seq') from generate_series(1, ?)",
                Long.class, pending.size());
        List<Object[]> documents = new ArrayList<>();
        List<Object[]> recipients = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            DemoDocument d = pending.get(i);
            long id = ids.get(i);
            written.add(id);
            String prefix = d.issuer().numberPrefix();
            // the living demo continues the numbers of earlier periods; the seed starts every year at 1
            int seq = sequences.compute(prefix + "|" + d.year(),
                    (k, last) -> (last != null ? last : now == null ? 0 : lastNumber(prefix, d.year())) + 1);
            Timestamp issued = Timestamp.from(d.issuedAt());
            LocalDate written = d.issuedAt().atZone(Beijing.ZONE).toLocalDate().minusDays(random.nextInt(3));
            documents.add(new Object[]{id, d.issuer().id(), d.kind().name(), d.title(), d.body(), d.comprehensive(),
                d.urgency().name(), d.headerStyle().name(), d.direction().name(), written, prefix, d.year(), seq,
                prefix + "〔" + d.year() + "〕" + seq + "号", issued, d.year(), clerkOf.get(d.issuer().id()),
                leaderOf.get(d.issuer().id()), Timestamp.from(d.issuedAt().minus(Duration.ofDays(3)))});
            addRecipients(recipients, id, d, d.main(), false);
            addRecipients(recipients, id, d, d.copy(), true);
        }
        copy("""
                copy documents.document (id, issuing_unit_id, kind, title, body, comprehensive, urgency, header_style, direction,
                  written_on, number_prefix, number_year, number_seq, document_number, issued_at, issue_year, drafted_by,
                  signed_by, created_at, updated_at, state, review_confirmed, demo) from stdin with (format csv)""",
                documents.stream().map(DemoWriter::withUpdatedAt).toList());
        copy("""
                copy documents.recipient (document_id, unit_id, copy, signed_at, signed_by, read_at, read_by, handled_at)
                from stdin with (format csv)""", recipients);
        rows += documents.size() + recipients.size();
        pending.clear();
    }

    /** COPY in CSV: an order of magnitude faster than batched inserts for the half million addressees. */
    private void copy(String sql, List<Object[]> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 100);
        for (Object[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                csv.append(i == 0 ? "" : ",").append(csvValue(r[i]));
            }
            csv.append('\n');
        }
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String csvValue(Object v) {
        return switch (v) {
            case null -> "";
            case Timestamp t -> t.toInstant().toString();
            case Boolean b -> b ? "t" : "f";
            case String s -> "\"" + s.replace("\"", "\"\"") + "\"";
            default -> v.toString();
        };
    }

    /** updated_at = issued_at (column 15), then the constants: state, review_confirmed, demo. */
    private static Object[] withUpdatedAt(Object[] row) {
        Object[] out = java.util.Arrays.copyOf(row, row.length + 4);
        out[row.length] = row[14];
        out[row.length + 1] = "ISSUED";
        out[row.length + 2] = true;
        out[row.length + 3] = true;
        return out;
    }

    private void addRecipients(List<Object[]> rows, long id, DemoDocument d, List<Unit> units, boolean copy) {
        for (Unit u : units) {
            Long reader = clerkOf.get(u.id());
            Instant signing = d.issuedAt().plus(Duration.ofMinutes(30 + random.nextInt((now == null ? 72 : 240) * 60)));
            boolean signed = reader != null && random.nextDouble() < 0.93 && (now == null || signing.isBefore(now));
            Timestamp signedAt = signed ? Timestamp.from(signing) : null;
            Instant reading = signing.plus(Duration.ofMinutes(random.nextInt(48 * 60)));
            boolean read = signed && random.nextDouble() < 0.85 && (now == null || reading.isBefore(now));
            Timestamp readAt = read ? Timestamp.from(reading) : null;
            Instant handling = reading.plus(Duration.ofHours(2 + random.nextInt(240)));
            Timestamp handled = read && !copy && random.nextDouble() < 0.6 && (now == null || handling.isBefore(now))
                    ? Timestamp.from(handling) : null;
            rows.add(new Object[]{id, u.id(), copy, signedAt, signed ? reader : null, readAt, read ? reader : null, handled});
        }
    }
}
