package org.jianfu.indicators.internal.registry;

import org.jianfu.indicators.matching.Indicator;

/** A field name with its unit in brackets: the matcher reads the unit from there (户 vs 人 never merge). */
public final class FieldLabel {

    private FieldLabel() {
    }

    public static String typeLabel(Indicator.DataType type) {
        return switch (type) {
            case INTEGER -> "整数";
            case DECIMAL -> "数值";
            case TEXT -> "文字";
            case DATE -> "日期";
            case BOOLEAN -> "是/否";
        };
    }

    public static String of(String name, String unitOfMeasure) {
        return unitOfMeasure == null || unitOfMeasure.isBlank() ? name : name + "（" + unitOfMeasure + "）";
    }
}
