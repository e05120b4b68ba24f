package org.jianfu.identity.internal;

import java.time.Duration;

/**
 * How one kind of key slows down: {@code free} failures cost nothing, the next one blocks for {@code first},
 * and each further one doubles the wait up to {@code cap}. Failures older than an hour are forgotten.
 */
record ThrottleRule(String prefix, int free, Duration first, Duration cap) {

    static final Duration FORGET_AFTER = Duration.ofHours(1);

    /** Same username from the same address: the guesser at one account. */
    static final ThrottleRule PAIR = new ThrottleRule("pair:", 5, Duration.ofSeconds(30), Duration.ofMinutes(15));

    /**
     * One username from anywhere: slows guessing spread over many addresses, but never for long, so
     * strangers cannot keep the owner (an administrator, say) out.
     */
    static final ThrottleRule ACCOUNT = new ThrottleRule("account:", 20, Duration.ofSeconds(5), Duration.ofMinutes(1));

    /** One address, any usernames: generous, since a township's cadres share one NAT address. */
    static final ThrottleRule ADDRESS = new ThrottleRule("address:", 50, Duration.ofSeconds(5), Duration.ofMinutes(15));

    /** The wait after the {@code failures}-th failure in a row (zero while free). */
    Duration waitAfter(int failures) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 20);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    /** Tries left before the next failure starts a wait. */
    int triesLeft(int failures) {
        return Math.max(0, free - failures);
    }
}
