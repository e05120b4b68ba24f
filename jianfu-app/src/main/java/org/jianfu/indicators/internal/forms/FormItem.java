package org.jianfu.indicators.internal.forms;

import java.math.BigDecimal;
import java.util.List;
import org.jianfu.indicators.internal.registry.FieldLabel;
import org.jianfu.indicators.internal.requests.RequestField;
import org.jianfu.indicators.matching.Indicator;

/**
 * One question of the merged form: the fields of all requests judged the same datum, answered once.
 * {@code key} names the input; {@code prefill} is what the unit already gave (converted to
 * {@code unitOfMeasure}), {@code prefillNote} says from when.
 *
 * @param askedBy the requesting departments and request titles, for the "who asks this" line
 */
public record FormItem(String key, String name, String unitOfMeasure, Indicator.DataType dataType, boolean required,
                       BigDecimal min, BigDecimal max, List<RequestField> members, List<String> askedBy,
                       String prefill, String prefillNote) {

    public FormItem {
        members = List.copyOf(members);
        askedBy = List.copyOf(askedBy);
    }

    public boolean prefilled() {
        return prefill != null;
    }

    public String typeLabel() {
        return FieldLabel.typeLabel(dataType);
    }

    /** The phone keyboard to open: digits for counts, digits and a point for decimals. */
    public String inputMode() {
        return switch (dataType) {
            case INTEGER -> "numeric";
            case DECIMAL -> "decimal";
            default -> "text";
        };
    }

    /** The requirement in words, for the form and the spreadsheet: 整数 · 必填 · 0 至 100. */
    public String requirement() {
        StringBuilder text = new StringBuilder(typeLabel()).append(required ? " · 必填" : " · 选填");
        if (min != null && max != null) {
            text.append(" · ").append(min.toPlainString()).append(" 至 ").append(max.toPlainString());
        } else if (min != null) {
            text.append(" · 不小于 ").append(min.toPlainString());
        } else if (max != null) {
            text.append(" · 不大于 ").append(max.toPlainString());
        }
        return text.toString();
    }
}
