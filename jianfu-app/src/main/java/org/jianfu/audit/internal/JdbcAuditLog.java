package org.jianfu.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jianfu.audit.AuditLog;
import org.jianfu.platform.Actor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcAuditLog implements AuditLog {

    /** Serialises appends across all nodes, so each entry links to exactly one predecessor. */
    private static final long CHAIN_LOCK = 62016;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditKey key;
    private final AuditCheckpoints checkpoints;

    JdbcAuditLog(JdbcClient jdbc, Clock clock, AuditKey key, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.key = key;
        this.checkpoints = checkpoints;
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

    private record Head(long seq, String hash) {
    }

    private Head head() {
        return jdbc.sql("select seq, hash from audit.entry order by seq desc limit 1")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash"))).optional()
                .orElse(new Head(0, EntryHash.GENESIS));
    }

    private void append(Long accountId, String username, String action, String subject, String details) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Object.class).single();
        Head last = head();
        // millisecond precision, the same that PostgreSQL keeps and verify() reads back
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var fields = new EntryHash.Fields(last.seq() + 1, at, accountId, username, action, subject,
                details == null ? "" : details, AuditOrigin.current(), last.hash());
        jdbc.sql("""
                        insert into audit.entry (seq, at, account_id, username, action, subject, details, origin, prev_hash, hash, keyed)
                        values (?,?,?,?,?,?,?,?,?,?,true)""")
                .params(fields.seq(), Timestamp.from(at), accountId, username, action, subject, fields.details(),
                        fields.origin(), fields.prevHash(), EntryHash.keyed(key, fields))
                .update();
    }

    /** Every few minutes, and when the server stops: a signed checkpoint of the head outside the database. */
    @Override
    @Scheduled(fixedDelayString = "${jianfu.audit.checkpoint-minutes:10}", initialDelayString = "${jianfu.audit.checkpoint-minutes:10}",
            timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    @Transactional(readOnly = true)
    public void checkpoint() {
        Head head = head();
        if (head.seq() > 0) {
            checkpoints.write(head.seq(), head.hash());
        }
    }

    @EventListener(ContextClosedEvent.class)
    void checkpointOnStop() {
        checkpoint();
    }

    /**
     * The first start with a key anchors the chain: a checkpoint of the head as it was (seq 0 on a new database).
     * Entries after it must be keyed, so rewriting the whole chain as unkeyed entries is found too.
     */
    @EventListener(ApplicationReadyEvent.class)
    void anchorOnFirstStart() {
        if (checkpoints.read().isEmpty()) {
            Head head = head();
            checkpoints.write(head.seq(), head.hash());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditBreak> verify() {
        List<AuditBreak> breaks = new ArrayList<>();
        List<AuditCheckpoints.Checkpoint> written = checkpoints.read();
        written.stream().filter(c -> !c.signed())
                .forEach(c -> breaks.add(new AuditBreak(c.seq(), "检查点文件第 " + c.line() + " 行被篡改（签名不符）")));
        Map<Long, AuditCheckpoints.Checkpoint> bySeq = written.stream().filter(AuditCheckpoints.Checkpoint::signed)
                .collect(Collectors.toMap(AuditCheckpoints.Checkpoint::seq, c -> c, (a, b) -> a));
        // the anchor: the first checkpoint ever written; without any, a keyed entry means the file was removed
        long keyedAfter = written.stream().filter(AuditCheckpoints.Checkpoint::signed).findFirst()
                .map(AuditCheckpoints.Checkpoint::seq).orElse(Long.MAX_VALUE);
        ChainWalk walk = new ChainWalk(breaks, bySeq, keyedAfter);
        jdbc.sql("select * from audit.entry order by seq").query(walk::next);
        if (walk.keyedSeen && written.isEmpty()) {
            breaks.add(new AuditBreak(walk.lastSeq, "检查点文件缺失（" + AuditCheckpoints.FILE_NAME + " 被删除或换了数据目录）"));
        }
        written.stream().filter(AuditCheckpoints.Checkpoint::signed).max(Comparator.comparingLong(AuditCheckpoints.Checkpoint::seq))
                .filter(newest -> newest.seq() > walk.lastSeq)
                .ifPresent(newest -> breaks.add(new AuditBreak(walk.lastSeq + 1, "第 " + (walk.lastSeq + 1) + " 至 " + newest.seq()
                        + " 条记录已被删除（" + newest.at() + " 的检查点记录到第 " + newest.seq() + " 条）")));
        return breaks;
    }

    /** One pass over the entries in order, checking each link, each digest and the checkpoints it meets. */
    private final class ChainWalk {
        private final List<AuditBreak> breaks;
        private final Map<Long, AuditCheckpoints.Checkpoint> checkpoints;
        private long lastSeq;
        private String prev = EntryHash.GENESIS;
        private final long keyedAfter;
        private boolean keyedSeen;

        ChainWalk(List<AuditBreak> breaks, Map<Long, AuditCheckpoints.Checkpoint> checkpoints, long keyedAfter) {
            this.breaks = breaks;
            this.checkpoints = checkpoints;
            this.keyedAfter = keyedAfter;
        }

        void next(ResultSet rs) throws SQLException {
            long seq = rs.getLong("seq");
            if (seq != lastSeq + 1) {
                breaks.add(new AuditBreak(lastSeq + 1, "缺少第 " + (lastSeq + 1) + " 至 " + (seq - 1) + " 条记录（被删除）"));
            }
            String prevHash = rs.getString("prev_hash");
            if (!prevHash.equals(prev)) {
                breaks.add(new AuditBreak(seq, "与上一条记录的链接不符"));
            }
            long account = rs.getLong("account_id");
            Long accountId = rs.wasNull() ? null : account;
            var fields = new EntryHash.Fields(seq, rs.getTimestamp("at").toInstant(), accountId,
                    rs.getString("username"), rs.getString("action"), rs.getString("subject"), rs.getString("details"),
                    rs.getString("origin"), prevHash);
            boolean keyed = rs.getBoolean("keyed");
            String hash = rs.getString("hash");
            if (!keyed && (keyedSeen || seq > keyedAfter)) {
                breaks.add(new AuditBreak(seq, "启用密钥后出现未加密钥的记录（链被重算）"));
            } else if (!hash.equals(keyed ? EntryHash.keyed(key, fields) : EntryHash.plain(fields))) {
                breaks.add(new AuditBreak(seq, "记录内容已被修改"));
            }
            AuditCheckpoints.Checkpoint checkpoint = checkpoints.get(seq);
            if (checkpoint != null && !checkpoint.hash().equals(hash)) {
                breaks.add(new AuditBreak(seq, "与 " + checkpoint.at() + " 的检查点不符（链被重算）"));
            }
            keyedSeen |= keyed;
            prev = hash;
            lastSeq = seq;
        }
    }
}
