package org.jianfu.identity.internal;

import java.time.Duration;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.jianfu.audit.AuditLog;

/**
 * Locks an account for a while after repeated wrong passwords. The counter lives in the
 * database, so the lock holds across all app nodes.
 */
@Component
class LoginThrottle {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final int maxFailures;
    private final Duration lockFor;

    private final Clock clock;

    LoginThrottle(AccountRepository accounts, AuditLog audit,
                  @Value("${jianfu.login.max-failures}") int maxFailures,
                  @Value("${jianfu.login.lock-minutes}") long lockMinutes, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.audit = audit;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    @Transactional
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        String username = AuditNames.shortened(failure.getAuthentication().getName());
        boolean locked = accounts.recordFailure(username, maxFailures, clock.instant(), clock.instant().plus(lockFor));
        audit.recordAnonymous(username, locked ? "登录失败，账号锁定" : "登录失败", "account:" + username, "");
    }

    /** Interactive (form) logins only: API calls authenticate on every request and would flood the log. */
    @EventListener
    void on(InteractiveAuthenticationSuccessEvent login) {
        String username = AuditNames.shortened(login.getAuthentication().getName());
        audit.recordAnonymous(username, "登录", "account:" + username, "");
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        accounts.recordSuccess(success.getAuthentication().getName());
    }

    int maxFailures() {
        return maxFailures;
    }

    long lockMinutes() {
        return lockFor.toMinutes();
    }
}
