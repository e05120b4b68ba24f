package org.jianfu.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jianfu.audit.AuditLog;
import org.jianfu.platform.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcAuditLog implements AuditLog {

    /** Serialises appends across all nodes, so each entry links to exactly one predecessor. */
    private static final long CHAIN_LOCK = 62016;

    private final JdbcClient jdbc;

    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(Actor actor, String action, String subject, String details) {
        append(actor.accountId(), actor.username(), action, subject, details);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAnonymous(String username, String action, String subject, String details) {
        append(null, username, action, subject, details);
    }

    private void append(Long accountId, String username, String action, String subject, String details) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Object.class).single();
        record Last(long seq, String hash) {
        }
        Last last = jdbc.sql("select seq, hash from audit.entry order by seq desc limit 1")
                .query((rs, n) -> new Last(rs.getLong("seq"), rs.getString("hash"))).optional()
                .orElse(new Last(0, EntryHash.GENESIS));
        long seq = last.seq() + 1;
        // millisecond precision, the same that PostgreSQL keeps and verify() reads back
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String safeDetails = details == null ? "" : details;
        String hash = EntryHash.of(seq, at, accountId, username, action, subject, safeDetails, last.hash());
        jdbc.sql("""
                        insert into audit.entry (seq, at, account_id, username, action, subject, details, prev_hash, hash)
                        values (?,?,?,?,?,?,?,?,?)""")
                .params(seq, java.sql.Timestamp.from(at), accountId, username, action, subject, safeDetails, last.hash(), hash)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditBreak> verify() {
        List<AuditBreak> breaks = new ArrayList<>();
        long[] expectedSeq = {1};
        String[] prev = {EntryHash.GENESIS};
        jdbc.sql("select * from audit.entry order by seq").query(rs -> {
            long seq = rs.getLong("seq");
            if (seq != expectedSeq[0]) {
                breaks.add(new AuditBreak(expectedSeq[0], "缺少第 " + expectedSeq[0] + " 至 " + (seq - 1) + " 条记录（被删除）"));
            }
            String prevHash = rs.getString("prev_hash");
            if (!prevHash.equals(prev[0])) {
                breaks.add(new AuditBreak(seq, "与上一条记录的链接不符"));
            }
            long account = rs.getLong("account_id");
            Long accountId = rs.wasNull() ? null : account;
            String recomputed = EntryHash.of(seq, rs.getTimestamp("at").toInstant(), accountId, rs.getString("username"),
                    rs.getString("action"), rs.getString("subject"), rs.getString("details"), prevHash);
            if (!recomputed.equals(rs.getString("hash"))) {
                breaks.add(new AuditBreak(seq, "记录内容已被修改"));
            }
            prev[0] = rs.getString("hash");
            expectedSeq[0] = seq + 1;
        });
        return breaks;
    }
}
