package org.jianfu.indicators.internal.registry;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jianfu.indicators.matching.Indicator;
import org.jianfu.platform.RuleViolationException;

/** What the 新增指标 form and the API send; {@link #toIndicator} checks it and says what is wrong in Chinese. */
public record IndicatorForm(String name, String definition, String unitOfMeasure, String period, String level,
                            String department, String dataType, String min, String max, String aliases) {

    Indicator toIndicator(String code) {
        if (blank(name)) {
            throw new RuleViolationException("请填写指标名称");
        }
        if (blank(department)) {
            throw new RuleViolationException("请填写主管部门");
        }
        BigDecimal low = number(min, "最小值");
        BigDecimal high = number(max, "最大值");
        if (low != null && high != null && low.compareTo(high) > 0) {
            throw new RuleViolationException("最小值不能大于最大值");
        }
        List<String> aliasList = blank(aliases) ? List.of()
                : Arrays.stream(aliases.split("[,，、|\\s]+")).filter(a -> !a.isBlank()).toList();
        return new Indicator(code, name.strip(), blank(definition) ? "" : definition.strip(),
                blank(unitOfMeasure) ? "" : unitOfMeasure.strip(),
                parse(Indicator.Period.class, period, "报送周期"), parse(Indicator.CollectionLevel.class, level, "采集层级"),
                department.strip(), parse(Indicator.DataType.class, dataType, "数据类型"), low, high, aliasList);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static BigDecimal number(String text, String what) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolationException(what + "应为数字");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("请选择" + what);
        }
    }
}
