package org.jianfu.identity.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated wrong passwords. The counter lives in the
 * database, so the lock holds across all app nodes.
 */
@Component
class LoginThrottle {

    private final AccountRepository accounts;
    private final int maxFailures;
    private final Duration lockFor;

    LoginThrottle(AccountRepository accounts,
                  @Value("${jianfu.login.max-failures}") int maxFailures,
                  @Value("${jianfu.login.lock-minutes}") long lockMinutes) {
        this.accounts = accounts;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        accounts.recordFailure(failure.getAuthentication().getName(), maxFailures, Instant.now().plus(lockFor));
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        accounts.recordSuccess(success.getAuthentication().getName());
    }

    long lockMinutes() {
        return lockFor.toMinutes();
    }
}
