package org.jianfu.reuse.engine.text;

/**
 * Drops article and list numbering so that renumbered copies still match: 第十二条, 第三章, 第二款,
 * (一) and (1) anywhere (brackets are ASCII after NFKC), and 一、 / 1. / 1、 at the start of a line.
 * References such as 依照本法第十二条 lose their number too, which is what a renumbered copy needs.
 */
public final class NumberingRemoval {

    private static final String NUMERALS = "〇零一二三四五六七八九十百千两";
    private static final String UNITS = "条章节款项编目篇卷部";
    private static final int MAX_NUMERAL_RUN = 8;

    public MappedText apply(MappedText text) {
        MappedText.Builder out = new MappedText.Builder(text.length());
        boolean lineStart = true;
        int i = 0;
        while (i < text.length()) {
            int skip = numberingAt(text, i, lineStart);
            if (skip > 0) {
                i += skip;
                continue;
            }
            int c = text.codePointAt(i);
            if (c == '\n') {
                lineStart = true;
            } else if (!isLineDecoration(c)) {
                lineStart = false;
            }
            out.copy(text, i, i + 1);
            i++;
        }
        return out.build();
    }

    /** Length of the numbering that starts at {@code i}, or 0. */
    private static int numberingAt(MappedText text, int i, boolean lineStart) {
        int c = text.codePointAt(i);
        if (c == '第') {
            int end = numeralRun(text, i + 1);
            if (end > i + 1 && end < text.length() && UNITS.indexOf(text.codePointAt(end)) >= 0) {
                return end + 1 - i;
            }
            return 0;
        }
        if (c == '(') {
            int end = numeralRun(text, i + 1);
            if (end > i + 1 && end - i <= 4 && end < text.length() && text.codePointAt(end) == ')') {
                return end + 1 - i;
            }
            return 0;
        }
        if (lineStart && isNumeral(c)) {
            int end = numeralRun(text, i);
            if (end - i <= 3 && end < text.length() && isListDelimiter(text, end)) {
                return end + 1 - i;
            }
        }
        return 0;
    }

    private static boolean isListDelimiter(MappedText text, int at) {
        int c = text.codePointAt(at);
        if (c == '、' || c == ')') {
            return true;
        }
        // "1." is numbering, "1.5" is a number.
        return c == '.' && (at + 1 >= text.length() || !Character.isDigit(text.codePointAt(at + 1)));
    }

    private static int numeralRun(MappedText text, int from) {
        int end = from;
        while (end < text.length() && end - from < MAX_NUMERAL_RUN && isNumeral(text.codePointAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isNumeral(int c) {
        return (c >= '0' && c <= '9') || NUMERALS.indexOf(c) >= 0;
    }

    /** Spaces and Markdown marks that may stand before a list number. */
    private static boolean isLineDecoration(int c) {
        return Character.isWhitespace(c) || c == '#' || c == '*' || c == '-' || c == '>' || c == '\u3000';
    }
}
