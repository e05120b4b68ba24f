package org.jianfu.indicators.matching;

import java.util.Locale;

/**
 * The product's three answers: 同一指标 (offer 共享复用 directly), 可能相同 (the requester confirms or
 * says why not), 不同. {@link MatchResult#same()} is true exactly for {@link #SAME}.
 */
public enum Tier {
    SAME("同一指标"),
    MAYBE("可能相同"),
    DIFFERENT("不同");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The command line's spelling: same, maybe, different. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
