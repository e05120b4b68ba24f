package org.jianfu.indicators.internal.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Checks one answer against its item: required, type, range. The page and the spreadsheet upload
 * use the same rules and the same plain-Chinese messages.
 */
final class AnswerRules {

    /** A checked answer: the normalised value (blank when none) or what is wrong with it. */
    record Checked(String value, String error) {
        boolean ok() {
            return error == null;
        }
    }

    private static final Set<String> YES = Set.of("是", "true", "TRUE", "True", "1", "有");
    private static final Set<String> NO = Set.of("否", "false", "FALSE", "False", "0", "无");
    private static final int MAX_TEXT = 500;
    /** Far beyond any count or amount a form asks for; also keeps "1E999999999" from being expanded. */
    private static final int MAX_INTEGER_DIGITS = 18;
    private static final int MAX_DECIMAL_PLACES = 20;

    private AnswerRules() {
    }

    static Checked check(FormItem item, String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return new Checked("", item.required() ? "请填写" + item.name() : null);
        }
        return switch (item.dataType()) {
            case INTEGER -> number(item, text.replace(",", "").replace("，", ""), true);
            case DECIMAL -> number(item, text.replace(",", "").replace("，", ""), false);
            case DATE -> date(text);
            case BOOLEAN -> YES.contains(text) ? new Checked("是", null)
                    : NO.contains(text) ? new Checked("否", null) : new Checked(text, "请填写“是”或“否”");
            case TEXT -> text.length() > MAX_TEXT ? new Checked(text, "不能超过 " + MAX_TEXT + " 个字") : new Checked(text, null);
        };
    }

    private static Checked number(FormItem item, String text, boolean integer) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return new Checked(text, integer ? "应填写整数，如 120" : "应填写数字，如 12.5");
        }
        // BigDecimal takes exponents up to 10^9: expanding one (toBigInteger, toPlainString) would cost
        // minutes of CPU and gigabytes of memory, so the size is checked on the compact form first
        BigDecimal compact = value.stripTrailingZeros();
        if (compact.precision() - compact.scale() > MAX_INTEGER_DIGITS) {
            return new Checked(text, "数值过大，整数部分不能超过 " + MAX_INTEGER_DIGITS + " 位");
        }
        if (!integer && compact.scale() > MAX_DECIMAL_PLACES) {
            return new Checked(text, "小数位数过多，最多 " + MAX_DECIMAL_PLACES + " 位");
        }
        if (integer && value.stripTrailingZeros().scale() > 0) {
            return new Checked(text, "应填写整数，不能有小数");
        }
        if (item.min() != null && value.compareTo(item.min()) < 0) {
            return new Checked(text, "不能小于 " + item.min().toPlainString());
        }
        if (item.max() != null && value.compareTo(item.max()) > 0) {
            return new Checked(text, "不能大于 " + item.max().toPlainString());
        }
        String normal = integer ? value.toBigInteger().toString() : value.stripTrailingZeros().toPlainString();
        return new Checked(normal, null);
    }

    private static Checked date(String text) {
        try {
            return new Checked(LocalDate.parse(text).toString(), null);
        } catch (DateTimeParseException e) {
            return new Checked(text, "应填写日期，如 2019-03-25");
        }
    }
}
