package org.jianfu.indicators.internal.requests;

import java.math.BigDecimal;
import org.jianfu.indicators.matching.Indicator;
import org.jianfu.platform.RuleViolationException;

/** A field as a clerk types it (page form or JSON); {@link #checked} gives plain-Chinese errors. */
public record NewField(String name, String unitOfMeasure, String period, String dataType, Boolean required,
                       String min, String max, String indicatorCode) {

    NewField checked() {
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("请填写字段名称");
        }
        if (name.strip().length() > 60) {
            throw new RuleViolationException("字段名称不能超过 60 个字");
        }
        periodValue();
        typeValue();
        BigDecimal low = decimal(min, "最小值");
        BigDecimal high = decimal(max, "最大值");
        if (low != null && high != null && low.compareTo(high) > 0) {
            throw new RuleViolationException("最小值不能大于最大值");
        }
        return this;
    }

    Indicator.Period periodValue() {
        try {
            return Indicator.Period.valueOf(period == null ? "" : period.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("请选择字段的报送周期");
        }
    }

    Indicator.DataType typeValue() {
        try {
            return Indicator.DataType.valueOf(dataType == null ? "" : dataType.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("请选择字段的数据类型");
        }
    }

    BigDecimal minValue() {
        return decimal(min, "最小值");
    }

    BigDecimal maxValue() {
        return decimal(max, "最大值");
    }

    private static BigDecimal decimal(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolationException(what + "应为数字");
        }
    }
}
