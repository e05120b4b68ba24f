package org.jianfu.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jianfu.audit.AuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log, newest first, filtered; the log is never changed from here. */
@Repository
@Transactional(readOnly = true)
class AuditEntries {

    static final int PAGE = 100;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** What a reader filters by; blank fields do not filter. {@code before}: entries older than this seq. */
    record Filter(String action, String username, LocalDate from, LocalDate to, Long before) {

        static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditEntries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<AuditEntry> find(Filter f) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (f.action() != null && !f.action().isBlank()) {
            where.add("strpos(action, ?) > 0");
            params.add(f.action().strip());
        }
        if (f.username() != null && !f.username().isBlank()) {
            where.add("strpos(username, ?) > 0");
            params.add(f.username().strip());
        }
        if (f.from() != null) {
            where.add("at >= ?");
            params.add(Timestamp.from(f.from().atStartOfDay(clock.getZone()).toInstant()));
        }
        if (f.to() != null) {
            where.add("at < ?");
            params.add(Timestamp.from(f.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        if (f.before() != null) {
            where.add("seq < ?");
            params.add(f.before());
        }
        String sql = "select seq, at, username, action, subject, details, origin from audit.entry"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by seq desc limit " + PAGE;
        return jdbc.sql(sql).params(params).query((rs, n) -> new AuditEntry(rs.getLong("seq"),
                TIME.format(rs.getTimestamp("at").toInstant().atZone(clock.getZone())), rs.getString("username"),
                rs.getString("action"), rs.getString("subject"), rs.getString("details"), rs.getString("origin"))).list();
    }
}
