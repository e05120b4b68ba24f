package org.jianfu.documents.internal.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.jianfu.documents.internal.DocumentKind;
import org.jianfu.documents.internal.DocumentState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads documents changed since a transaction-id mark ({@code documents.document.changed_xid}, stamped
 * by a trigger on every insert and update).
 */
@Repository
class ChangedDocuments {

    private final JdbcClient jdbc;

    ChangedDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The oldest transaction that may still be running: every change by an older one is committed
     * (or rolled back) and visible to a query started after this call.
     */
    long oldestRunning() {
        return Long.parseLong(jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text").query(String.class).single());
    }

    /** Up to {@code limit} documents changed by transactions from {@code sinceXid} on, with ids above {@code afterId}. */
    List<IndexedDocument> changedSince(long sinceXid, long afterId, int limit) {
        return jdbc.sql("""
                        select d.id, d.title, d.body, d.kind, d.state, d.document_number, d.issuing_unit_id,
                          u.name, u.short_name, v.path, coalesce(d.issued_at, d.updated_at) at,
                          array(select c.unit_id from documents.co_issuer c where c.document_id = d.id) co_issuers,
                          array(select cu.name || ' ' || cu.short_name from documents.co_issuer c
                                join organization.unit cu on cu.id = c.unit_id where c.document_id = d.id) co_names,
                          array(select r.unit_id from documents.recipient r where r.document_id = d.id) recipients
                        from documents.document d join organization.unit u on u.id = d.issuing_unit_id
                          join organization.division v on v.code = u.division_code
                        where d.changed_xid >= cast(? as xid8) and d.id > ?
                        order by d.id limit ?""")
                .params(Long.toString(sinceXid), afterId, limit)
                .query(ChangedDocuments::row).list();
    }

    private static IndexedDocument row(ResultSet rs, int n) throws SQLException {
        String issuerNames = rs.getString("name") + " " + rs.getString("short_name") + " "
                + String.join(" ", strings(rs.getArray("co_names")));
        return new IndexedDocument(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                DocumentKind.valueOf(rs.getString("kind")), DocumentState.valueOf(rs.getString("state")),
                rs.getString("document_number"), rs.getLong("issuing_unit_id"), rs.getString("short_name"),
                issuerNames.strip(), rs.getString("path"), longs(rs.getArray("co_issuers")),
                longs(rs.getArray("recipients")), rs.getTimestamp("at").toInstant());
    }

    private static List<Long> longs(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(o -> ((Number) o).longValue()).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
