package org.jianfu.indicators.matching.analysis;

/** What a number measures. Two fields with different dimensions never share a number. */
public enum Dimension {
    AREA("面积"),
    MONEY("金额"),
    WEIGHT("重量"),
    LENGTH("长度"),
    POWER("功率"),
    VOLUME("体积"),
    PERSON("人"),
    HOUSEHOLD("户"),
    PERSON_TIME("人次"),
    ANIMAL("头（只）"),
    ITEM("个（件）"),
    RATE("比率");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    /** The Chinese word shown in match reasons. */
    public String label() {
        return label;
    }
}
