package org.jianfu.indicators.matching;

/**
 * The matcher's answer for two field names: {@code same} when one number reported by a township
 * or village answers both; {@code score} in 0..1 (same exactly when score ≥ {@link FieldMatcher#THRESHOLD});
 * {@code reason} in Chinese, e.g. "同义词：低保 = 最低生活保障" or "口径不同：户籍 vs 常住（人口口径）".
 */
public record MatchResult(boolean same, double score, String reason) {
}
