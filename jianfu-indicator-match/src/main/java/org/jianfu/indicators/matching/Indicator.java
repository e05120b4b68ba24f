package org.jianfu.indicators.matching;

import java.math.BigDecimal;
import java.util.List;

/**
 * One entry of the 指标库 seed: what a township or village reports, how often, in which unit.
 * {@code min}/{@code max} are null when unbounded; {@code unitOfMeasure} is empty for text, date
 * and boolean indicators.
 */
public record Indicator(
        String code,
        String name,
        String definition,
        String unitOfMeasure,
        Period period,
        CollectionLevel level,
        String department,
        DataType dataType,
        BigDecimal min,
        BigDecimal max,
        List<String> aliases) {

    public Indicator {
        aliases = List.copyOf(aliases);
    }

    /** 报送周期. */
    public enum Period {
        MONTHLY("月"), QUARTERLY("季"), YEARLY("年"), ONCE("一次性");

        private final String label;

        Period(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Period ofLabel(String label) {
            for (Period period : values()) {
                if (period.label.equals(label)) {
                    return period;
                }
            }
            throw new IllegalArgumentException("unknown period " + label);
        }
    }

    /** 采集层级: the lowest level that reports the figure. */
    public enum CollectionLevel {
        TOWNSHIP("乡"), VILLAGE("村");

        private final String label;

        CollectionLevel(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static CollectionLevel ofLabel(String label) {
            for (CollectionLevel level : values()) {
                if (level.label.equals(label)) {
                    return level;
                }
            }
            throw new IllegalArgumentException("unknown level " + label);
        }
    }

    public enum DataType {
        INTEGER, DECIMAL, TEXT, DATE, BOOLEAN
    }
}
