package org.jianfu.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jianfu.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing with growing waits ({@link ThrottleRule}) per username and address, per
 * username and per address, kept in PostgreSQL so every node applies them. Nothing depends on whether the
 * username exists: a real and an invented one are slowed down alike and answered alike.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A wait as the pages and the Retry-After header state it: whole seconds, rounded up, at least one. */
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** How long this username from this address must wait before the next try (zero: may try now). */
    @Transactional(readOnly = true)
    Duration waitBefore(String username, String address) {
        Instant now = clock.instant();
        return jdbc.sql("select max(blocked_until) from identity.login_throttle where key in (?, ?, ?) and blocked_until > ?")
                .params(pair(username, address), ThrottleRule.ACCOUNT.prefix() + username, ThrottleRule.ADDRESS.prefix() + address,
                        Timestamp.from(now))
                .query(Timestamp.class).optional().map(t -> Duration.between(now, t.toInstant())).orElse(Duration.ZERO);
    }

    /** Tries left for this username from this address before a wait starts. */
    @Transactional(readOnly = true)
    int triesLeft(String username, String address) {
        int failures = jdbc.sql("select failures from identity.login_throttle where key = ? and last_failure > ?")
                .params(pair(username, address), Timestamp.from(clock.instant().minus(ThrottleRule.FORGET_AFTER)))
                .query(Integer.class).optional().orElse(0);
        return ThrottleRule.PAIR.triesLeft(failures);
    }

    @EventListener
    @Transactional
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        String username = AuditNames.shortened(failure.getAuthentication().getName());
        String address = address(failure.getAuthentication().getDetails());
        Instant now = clock.instant();
        boolean slowed = count(ThrottleRule.PAIR, pair(username, address), now)
                | count(ThrottleRule.ACCOUNT, ThrottleRule.ACCOUNT.prefix() + username, now)
                | count(ThrottleRule.ADDRESS, ThrottleRule.ADDRESS.prefix() + address, now);
        audit.recordAnonymous(username, slowed ? "登录失败，需等待后再试" : "登录失败", "account:" + username, "");
    }

    /** Interactive (form) logins only: API calls authenticate on every request and would flood the log. */
    @EventListener
    void on(InteractiveAuthenticationSuccessEvent login) {
        String username = AuditNames.shortened(login.getAuthentication().getName());
        audit.recordAnonymous(username, "登录", "account:" + username, "");
    }

    /** The right password ends the waits of this username (the address keeps its count). */
    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent success) {
        String username = success.getAuthentication().getName();
        jdbc.sql("delete from identity.login_throttle where key = ? or key like ?")
                .params(ThrottleRule.ACCOUNT.prefix() + username, likePrefix(username)).update();
    }

    /** 解除等待 by the administrator: the username may try again at once from anywhere. */
    @Transactional
    void release(String username) {
        jdbc.sql("delete from identity.login_throttle where key = ? or key like ?")
                .params(ThrottleRule.ACCOUNT.prefix() + username, likePrefix(username)).update();
    }

    /** Which of these usernames must wait now, from any address. */
    @Transactional(readOnly = true)
    Map<String, Boolean> waiting(List<String> usernames) {
        Instant now = clock.instant();
        return usernames.stream().collect(Collectors.toMap(u -> u, u -> jdbc.sql("""
                        select exists (select 1 from identity.login_throttle
                                       where (key = ? or key like ?) and blocked_until > ?)""")
                .params(ThrottleRule.ACCOUNT.prefix() + u, likePrefix(u), Timestamp.from(now)).query(Boolean.class).single(),
                (a, b) -> a));
    }

    /** A username that has to wait now, and until when (the latest of its keys). */
    record Waiting(String username, Instant until) {
    }

    /** Every username waiting now, latest wait first: what the 安全管理员 sees. */
    @Transactional(readOnly = true)
    List<Waiting> waitingNow() {
        return jdbc.sql("""
                        select case when key like 'account:%' then substr(key, 9)
                                    else left(substr(key, 6), length(substr(key, 6)) - strpos(reverse(substr(key, 6)), '@')) end as username,
                               max(blocked_until) as until
                        from identity.login_throttle
                        where blocked_until > ? and (key like 'account:%' or key like 'pair:%')
                        group by 1 order by 2 desc limit 200""")
                .param(Timestamp.from(clock.instant()))
                .query((rs, n) -> new Waiting(rs.getString("username"), rs.getTimestamp("until").toInstant())).list();
    }

    /** Counts a failure for one key; returns whether it now has to wait. */
    private boolean count(ThrottleRule rule, String key, Instant now) {
        int failures = jdbc.sql("""
                        insert into identity.login_throttle (key, failures, last_failure) values (?, 1, ?)
                        on conflict (key) do update set
                          failures = case when identity.login_throttle.last_failure < ? then 1 else identity.login_throttle.failures + 1 end,
                          last_failure = excluded.last_failure
                        returning failures""")
                .params(key, Timestamp.from(now), Timestamp.from(now.minus(ThrottleRule.FORGET_AFTER)))
                .query(Integer.class).single();
        Duration wait = rule.waitAfter(failures);
        if (wait.isZero()) {
            return false;
        }
        jdbc.sql("update identity.login_throttle set blocked_until = ? where key = ?").params(Timestamp.from(now.plus(wait)), key).update();
        return true;
    }

    static String pair(String username, String address) {
        return ThrottleRule.PAIR.prefix() + username + "@" + address;
    }

    /** LIKE pattern for every pair key of a username (its own % and _ escaped). */
    private static String likePrefix(String username) {
        return ThrottleRule.PAIR.prefix() + username.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "@%";
    }

    static String address(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
    }
}
