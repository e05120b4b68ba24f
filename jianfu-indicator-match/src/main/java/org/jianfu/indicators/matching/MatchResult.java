package org.jianfu.indicators.matching;

import java.util.Objects;

/**
 * The matcher's answer for two field names: {@code same} when one number reported by a township
 * or village answers both (exactly when {@code tier} is {@link Tier#SAME}); {@code score} in 0..1
 * (same exactly when score ≥ {@link FieldMatcher#THRESHOLD}); {@code reason} in Chinese, e.g.
 * "同义词：低保 = 最低生活保障" or "口径不同：户籍 vs 常住（人口口径）".
 */
public record MatchResult(boolean same, double score, String reason, Tier tier) {

    public MatchResult {
        Objects.requireNonNull(tier, "tier");
        if (same != (tier == Tier.SAME)) {
            throw new IllegalArgumentException("same is true exactly for tier SAME");
        }
    }

    /** A two-way answer (same or different), as the rules give it. */
    public MatchResult(boolean same, double score, String reason) {
        this(same, score, reason, same ? Tier.SAME : Tier.DIFFERENT);
    }
}
