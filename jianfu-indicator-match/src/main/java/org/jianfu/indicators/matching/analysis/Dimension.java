package org.jianfu.indicators.matching.analysis;

/** What a number measures. Two fields with different dimensions never share a number. */
public enum Dimension {
    AREA("面积"),
    MONEY("金额"),
    WEIGHT("重量"),
    LENGTH("长度"),
    POWER("功率"),
    ENERGY("电量"),
    VOLUME("体积"),
    /** Passenger-kilometres (旅客周转量: 万人公里, 亿人公里). */
    PASSENGER_DISTANCE("人公里"),
    /** Tonne-kilometres (货物周转量: 万吨公里, 亿吨公里). */
    FREIGHT_DISTANCE("吨公里"),
    PERSON("人"),
    HOUSEHOLD("户"),
    PERSON_TIME("人次"),
    HOUSEHOLD_TIME("户次"),
    ANIMAL("头（只）"),
    ITEM("个（件）"),
    EVENT("次"),
    RATE("比率"),
    DATE("日期"),
    YES_NO("是否"),
    /** Some count (数, 数量, 个数) whose unit the name leaves open. */
    COUNT("数量");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    /** Whether one number could be reported in both: equal, or an open count and a countable unit. */
    public boolean compatibleWith(Dimension other) {
        if (this == other) {
            return true;
        }
        return (this == COUNT && other.countable()) || (other == COUNT && countable());
    }

    /** Counts of persons, households, animals, items or events (not areas, money or rates). */
    public boolean countable() {
        return switch (this) {
            case PERSON, HOUSEHOLD, PERSON_TIME, HOUSEHOLD_TIME, ANIMAL, ITEM, EVENT, COUNT -> true;
            default -> false;
        };
    }

    /** False for dates and yes/no answers. */
    public boolean numeric() {
        return this != DATE && this != YES_NO;
    }

    /** The Chinese word shown in match reasons. */
    public String label() {
        return label;
    }
}
