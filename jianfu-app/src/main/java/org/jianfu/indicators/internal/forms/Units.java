package org.jianfu.indicators.internal.forms;

import java.math.BigDecimal;
import java.math.MathContext;
import org.jianfu.indicators.internal.registry.Registry;
import org.jianfu.indicators.matching.analysis.UnitOfMeasure;
import org.springframework.stereotype.Component;

/**
 * Converts a stored value between units of one dimension (亩 ↔ 公顷, 元 ↔ 万元) with the matcher's
 * unit list: a township reports 耕地面积 once, each request reads it in its own unit.
 */
@Component
class Units {

    private final Registry registry;
    private final java.util.Map<String, java.util.Optional<UnitOfMeasure>> known = new java.util.concurrent.ConcurrentHashMap<>();

    Units(Registry registry) {
        this.registry = registry;
    }

    String convert(String value, String from, String to) {
        if (from == null || to == null || from.equals(to) || from.isBlank() || to.isBlank()) {
            return value;
        }
        UnitOfMeasure source = unit(from);
        UnitOfMeasure target = unit(to);
        if (source == null || target == null || !source.convertsTo(target)) {
            return value;
        }
        try {
            BigDecimal converted = new BigDecimal(value).multiply(BigDecimal.valueOf(source.factor()))
                    .divide(BigDecimal.valueOf(target.factor()), MathContext.DECIMAL64);
            return converted.setScale(Math.min(4, Math.max(0, converted.scale())), java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
        } catch (NumberFormatException | ArithmeticException e) {
            return value;
        }
    }

    private UnitOfMeasure unit(String name) {
        return known.computeIfAbsent(name, n -> java.util.Optional.ofNullable(registry.matcher().analyse("数量（" + n + "）").unit()))
                .orElse(null);
    }
}
