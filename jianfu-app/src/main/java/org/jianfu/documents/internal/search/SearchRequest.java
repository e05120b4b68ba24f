package org.jianfu.documents.internal.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.jianfu.documents.internal.DocumentKind;
import org.jianfu.documents.internal.DocumentState;
import org.jianfu.platform.BadRequestException;

/**
 * A checked search: every parameter is optional; {@link #parse} refuses bad input with a Chinese reason
 * (400 in the API, shown above the form on the page).
 *
 * @param box  {@code sent} (the unit issued or co-issued it), {@code received} (addressed to the unit), or all
 * @param page from 1
 */
record SearchRequest(String text, String issuer, LocalDate from, LocalDate to, DocumentKind kind, DocumentState state,
                     Box box, int page) {

    static final int MAX_TEXT = 100;
    static final int MAX_PAGE = 50;

    enum Box {
        SENT, RECEIVED
    }

    static SearchRequest parse(String q, String issuer, String from, String to, String kind, String state, String box,
                               Integer page) {
        String text = trimmed(q, "检索词");
        String unit = trimmed(issuer, "发文单位");
        LocalDate start = date(from, "起始日期");
        LocalDate end = date(to, "截止日期");
        if (start != null && end != null && start.isAfter(end)) {
            throw new BadRequestException("起始日期 " + start + " 晚于截止日期 " + end);
        }
        int p = page == null ? 1 : page;
        if (p < 1 || p > MAX_PAGE) {
            throw new BadRequestException("页码应在 1 到 " + MAX_PAGE + " 之间，请缩小检索范围");
        }
        return new SearchRequest(text, unit, start, end, kind(kind), state(state), box(box), p);
    }

    boolean hasText() {
        return !text.isEmpty();
    }

    private static String trimmed(String value, String what) {
        String v = value == null ? "" : value.strip();
        if (v.codePointCount(0, v.length()) > MAX_TEXT) {
            throw new BadRequestException(what + "过长：最多 " + MAX_TEXT + " 个字，收到 " + v.codePointCount(0, v.length())
                    + " 个字。请用几个关键词检索");
        }
        return v;
    }

    private static LocalDate date(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(what + "格式应为 年-月-日（如 2026-06-15）");
        }
    }

    private static DocumentKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(DocumentKind.values())
                .filter(k -> k.name().equalsIgnoreCase(value.strip()) || k.label().equals(value.strip())).findFirst()
                .orElseThrow(() -> new BadRequestException("没有这个文种：" + abbreviated(value)));
    }

    private static DocumentState state(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(DocumentState.values())
                .filter(s -> s.name().equalsIgnoreCase(value.strip()) || s.label().equals(value.strip())).findFirst()
                .orElseThrow(() -> new BadRequestException("没有这个办理状态：" + abbreviated(value)));
    }

    private static Box box(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "sent" -> Box.SENT;
            case "received" -> Box.RECEIVED;
            default -> throw new BadRequestException("范围应为 sent（发文）或 received（收文）");
        };
    }

    private static String abbreviated(String value) {
        String v = value.strip();
        return v.length() > 20 ? v.substring(0, 20) + "…" : v;
    }
}
