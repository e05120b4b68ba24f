package org.jianfu.indicators.matching.analysis;

/** One value on a contrast axis, with the words that expressed it (年末 on TIME, from 年底). */
public record Qualifier(ContrastAxis axis, String value, String surface) {
}
