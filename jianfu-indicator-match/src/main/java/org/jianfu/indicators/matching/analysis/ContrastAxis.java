package org.jianfu.indicators.matching.analysis;

import java.util.Set;

/**
 * An axis on which two look-alike names can differ while their head words agree (户籍 vs 常住,
 * 当月 vs 累计). Different values on one axis always mean different numbers. When only one name
 * states a value, the axis decides: some values are what an unqualified name means anyway
 * (a village's 低保 is 农村低保, a 存栏 figure is what "生猪" alone asks for), the rest are a
 * narrower or different number (男性人口 is not 人口).
 */
public enum ContrastAxis {
    SCOPE("人口口径", Set.of()),
    SETTLEMENT("城乡范围", Set.of("农村")),
    TIME("时间口径", Set.of("当日", "本周", "当月", "月末", "本季", "季末", "本年", "年末", "本期")),
    FLOW("存量/增量", Set.of("存栏")),
    SEX("性别", Set.of()),
    AGE("年龄段", Set.of()),
    PLAN("计划/实际", Set.of("实际")),
    NEGATION("肯定/否定", Set.of());

    private final String label;
    private final Set<String> valuesImpliedWhenUnstated;

    ContrastAxis(String label, Set<String> valuesImpliedWhenUnstated) {
        this.label = label;
        this.valuesImpliedWhenUnstated = valuesImpliedWhenUnstated;
    }

    public String label() {
        return label;
    }

    /** Whether a name without a value on this axis can mean {@code value}. */
    public boolean unstatedMayMean(String value) {
        return valuesImpliedWhenUnstated.contains(value);
    }
}
