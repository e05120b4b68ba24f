/**
 * 一表通 field matching: whether two field names in data requests ask for the same number.
 * Start at {@link org.jianfu.indicators.matching.FieldMatcher}; the shipped 指标库 seed is
 * {@link org.jianfu.indicators.matching.IndicatorRegistrySeed}. {@code analysis} takes names apart,
 * {@code cli} is {@code ./jianfu indicators …}, {@code bench} scores the matcher against labels.
 */
package org.jianfu.indicators.matching;
