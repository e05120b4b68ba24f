package org.jianfu.notifications.internal.channels;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages waiting to go out by e-mail or webhook, with their attempts. */
@Repository
public class Outbox {

    public enum Channel { EMAIL, WEBHOOK }

    public record Delivery(long id, long accountId, Channel channel, String subject, String body, int attempts) {
    }

    /** After this many failed attempts a message is given up (its last error stays for the administrator). */
    static final int MAX_ATTEMPTS = 6;

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One message for each channel the person has set. Joins the caller's transaction. */
    public int enqueue(long accountId, ChannelSettings.Channels channels, String subject, String body, Instant now) {
        int added = 0;
        if (channels.email() != null) {
            added += insert(accountId, Channel.EMAIL, subject, body, now);
        }
        if (channels.webhookUrl() != null) {
            added += insert(accountId, Channel.WEBHOOK, subject, body, now);
        }
        return added;
    }

    private int insert(long accountId, Channel channel, String subject, String body, Instant now) {
        return jdbc.sql("""
                        insert into notifications.delivery (account_id, channel, subject, body, next_attempt_at, created_at)
                        values (?,?,?,?,?,?)""")
                .params(accountId, channel.name(), subject, body, Timestamp.from(now), Timestamp.from(now)).update();
    }

    /**
     * Takes due messages for one round: each is leased for {@code lease} (its next attempt moved past the round),
     * so a second node or an overlapping round does not send it twice; SKIP LOCKED keeps nodes apart.
     */
    List<Delivery> claim(Instant now, Duration lease, int limit) {
        List<Delivery> due = jdbc.sql("""
                        select id, account_id, channel, subject, body, attempts from notifications.delivery
                        where delivered_at is null and given_up_at is null and next_attempt_at <= ?
                        order by next_attempt_at limit ? for update skip locked""")
                .params(Timestamp.from(now), limit)
                .query((rs, n) -> new Delivery(rs.getLong("id"), rs.getLong("account_id"),
                        Channel.valueOf(rs.getString("channel")), rs.getString("subject"), rs.getString("body"),
                        rs.getInt("attempts")))
                .list();
        for (Delivery d : due) {
            jdbc.sql("update notifications.delivery set next_attempt_at = ? where id = ?")
                    .params(Timestamp.from(now.plus(lease)), d.id()).update();
        }
        return due;
    }

    void delivered(long id, Instant at) {
        jdbc.sql("update notifications.delivery set delivered_at = ?, attempts = attempts + 1, last_error = null where id = ?")
                .params(Timestamp.from(at), id).update();
    }

    /** A failed attempt: retried after a back-off that grows fourfold (30 s, 2 min, 8 min …), or given up. */
    void failed(Delivery d, String error, Instant at) {
        int attempts = d.attempts() + 1;
        String reason = error == null ? "未知错误" : error.length() > 300 ? error.substring(0, 300) : error;
        if (attempts >= MAX_ATTEMPTS) {
            jdbc.sql("update notifications.delivery set attempts = ?, last_error = ?, given_up_at = ? where id = ?")
                    .params(attempts, reason, Timestamp.from(at), d.id()).update();
        } else {
            jdbc.sql("update notifications.delivery set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?")
                    .params(attempts, reason, Timestamp.from(at.plus(backOff(attempts))), d.id()).update();
        }
    }

    static Duration backOff(int attempts) {
        return Duration.ofSeconds(30L << (2 * (attempts - 1)));
    }
}
