package org.jianfu.reuse.engine.text;

/**
 * Drops article and list numbering so that renumbered copies still match: 第十二条, 第三章, 第二款,
 * (一) and (1) anywhere (brackets are ASCII after NFKC), and 一、 / 1. / 1、 at the start of a line.
 * References such as 依照本法第十二条 lose their number too, which is what a renumbered copy needs.
 */
public final class NumberingRemoval {

    private static final String UNITS = "条章节款项编目篇卷部";
    private static final int MAX_NUMERAL_RUN = 8;

    public MappedText apply(MappedText text) {
        MappedText.Builder out = new MappedText.Builder(text.length());
        int[] codePoints = text.codePoints;
        int n = text.length;
        boolean lineStart = true;
        int copied = 0;
        int i = 0;
        while (i < n) {
            int c = codePoints[i];
            int flags = CharClasses.of(c);
            if ((flags & CharClasses.NUMBERING_MARK) != 0 || (lineStart && (flags & CharClasses.NUMERAL) != 0)) {
                int skip = numberingAt(text, i, lineStart);
                if (skip > 0) {
                    out.copy(text, copied, i);
                    i += skip;
                    copied = i;
                    continue;
                }
            }
            lineStart = c == '\n' || (lineStart && (flags & CharClasses.LINE_DECORATION) != 0);
            i++;
        }
        out.copy(text, copied, n);
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
        return CharClasses.is(c, CharClasses.NUMERAL);
    }
}
