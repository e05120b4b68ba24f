package org.jianfu.feedback.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jianfu.platform.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most N reports per account and day, counted in this process's memory only, keyed by HMAC(day key,
 * account id) with a random day key replaced at midnight. Nothing of it is written to the database:
 * a counter row there shared the report's transaction (xmin) and told how many reports one author sent
 * that day. A restart forgets the counts, which only resets the day's limit; several app nodes each
 * count on their own (a determined author could send N per node: the limit is against floods, not a
 * security boundary).
 */
@Component
class DailyLimit {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final int perDay;
    private final Map<String, Integer> counts = new HashMap<>();
    private LocalDate keyDay;
    private byte[] key;

    DailyLimit(@Value("${jianfu.feedback.reports-per-day:3}") int perDay, Clock clock) {
        this.clock = clock;
        this.perDay = perDay;
    }

    /** Counts one report for the account; throws if today's limit is reached. */
    synchronized void count(long accountId) {
        String key = hash(AnonymousTime.today(clock), accountId);
        int n = counts.getOrDefault(key, 0);
        if (n >= perDay) {
            throw new RuleViolationException("今天已提交 " + perDay + " 条反映，请明天再提交。");
        }
        counts.put(key, n + 1);
    }

    /** Takes back a count whose report was not stored after all. */
    synchronized void uncount(long accountId) {
        counts.computeIfPresent(hash(AnonymousTime.today(clock), accountId), (k, n) -> n > 1 ? n - 1 : null);
    }

    private String hash(LocalDate day, long accountId) {
        if (!day.equals(keyDay)) {
            key = new byte[32];
            RANDOM.nextBytes(key);
            keyDay = day;
            counts.clear();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal((day + ":" + accountId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
