package org.jianfu.feedback.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jianfu.platform.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At most N reports per account and day, counted without identifying anyone: the row key is
 * HMAC(day key, account id), and the day key is random, lives only in this process's memory and
 * is replaced at midnight; rows of past days are deleted. Even with the database and the
 * configuration in hand nobody can compute whose counter a row is. A restart forgets the key,
 * which only resets the day's counters. With several app nodes each counts on its own.
 */
@Component
class DailyLimit {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perDay;
    private LocalDate keyDay;
    private byte[] key;

    DailyLimit(JdbcClient jdbc, @Value("${jianfu.feedback.reports-per-day:3}") int perDay, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perDay = perDay;
    }

    /** Counts one report for the account; throws if today's limit is reached. Call inside the report's transaction. */
    void count(long accountId) {
        LocalDate today = AnonymousTime.today(clock);
        jdbc.sql("delete from feedback.daily_count where day < ?").param(today).update();
        int n = jdbc.sql("""
                        insert into feedback.daily_count (key_hash, day, n) values (?, ?, 1)
                        on conflict (key_hash) do update set n = feedback.daily_count.n + 1 returning n""")
                .params(hash(today, accountId), today).query(Integer.class).single();
        if (n > perDay) {
            throw new RuleViolationException("今天已提交 " + perDay + " 条反映，请明天再提交。");
        }
    }

    private synchronized byte[] hash(LocalDate day, long accountId) {
        if (!day.equals(keyDay)) {
            key = new byte[32];
            RANDOM.nextBytes(key);
            keyDay = day;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((day + ":" + accountId).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
