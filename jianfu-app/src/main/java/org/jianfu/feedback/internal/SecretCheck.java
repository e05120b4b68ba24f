package org.jianfu.feedback.internal;

import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Compares a follow-up secret with a report's hash in the same time whether the public code exists or not:
 * exactly one hash comparison either way, against a dummy hash made once when the code is unknown. (Hashing
 * a dummy per request, as before, cost an unknown code two hash operations and a known one one: the
 * follow-up page's timing told whether a public code existed.)
 */
final class SecretCheck {

    private final PasswordEncoder hasher;
    private final String dummyHash;

    SecretCheck(PasswordEncoder hasher) {
        this.hasher = hasher;
        this.dummyHash = hasher.encode("no report has this secret");
    }

    String hash(String secret) {
        return hasher.encode(secret);
    }

    /** True only when a report was found and the secret matches its hash. */
    boolean matches(String secret, Optional<String> reportHash) {
        boolean matches = hasher.matches(secret, reportHash.orElse(dummyHash));
        return reportHash.isPresent() && matches;
    }
}
