package org.jianfu.identity.internal;

import java.util.List;
import java.util.stream.IntStream;

/** Lets tests outside the package read the throttle's waits without making the rule public. */
public final class ThrottleRuleProbe {

    /** The pair rule's wait in seconds after failure 1 … n. */
    public List<Long> pairWaits(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> ThrottleRule.PAIR.waitAfter(i).toSeconds()).toList();
    }

    public long accountCapSeconds() {
        return ThrottleRule.ACCOUNT.cap().toSeconds();
    }
}
