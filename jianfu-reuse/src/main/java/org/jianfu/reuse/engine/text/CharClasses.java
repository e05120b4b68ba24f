package org.jianfu.reuse.engine.text;

/**
 * What each BMP character means to the normalisation steps, as bit flags in one table, so that the
 * common case (an ordinary Han character) costs each step one array read.
 */
final class CharClasses {

    static final int KEPT = 1;
    static final int NUMERAL = 2;
    static final int SUFFIX = 4;
    static final int NAME_PART = 8;
    static final int PREFIX = 16;
    static final int NUMBERING_MARK = 32;
    static final int LINE_DECORATION = 64;
    static final int NAME_START = 128;

    static final String NUMERALS = "〇零一二三四五六七八九十百千两0123456789";
    static final String SUFFIXES = "省市县区州乡镇";
    static final String PREFIXES = "本全各该我外跨省市县区";
    static final String STOPS = "的在对和与及或由向从将于为经按据以是有到至把被等同给其之并报";

    private static final byte[] FLAGS = new byte[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            int flags = 0;
            if (c == AdministrativeNames.PLACEHOLDER || isLetterOrDigit(c)) {
                flags |= KEPT;
            }
            if (NUMERALS.indexOf(c) >= 0) {
                flags |= NUMERAL;
            }
            if (SUFFIXES.indexOf(c) >= 0) {
                flags |= SUFFIX;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && STOPS.indexOf(c) < 0
                    && SUFFIXES.indexOf(c) < 0) {
                flags |= NAME_PART;
            }
            if (PREFIXES.indexOf(c) >= 0) {
                flags |= PREFIX;
            }
            if (c == '第' || c == '(') {
                flags |= NUMBERING_MARK;
            }
            if (Character.isWhitespace(c) || c == '#' || c == '*' || c == '-' || c == '>' || c == '\u3000') {
                flags |= LINE_DECORATION;
            }
            FLAGS[c] = (byte) flags;
        }
    }

    private CharClasses() {
    }

    static int of(int codePoint) {
        if (codePoint < 0x10000) {
            return FLAGS[codePoint] & 0xFF;
        }
        return isLetterOrDigit(codePoint) ? KEPT | NAME_PART : 0;
    }

    static void markNameStart(int codePoint) {
        if (codePoint < 0x10000) {
            FLAGS[codePoint] |= (byte) NAME_START;
        }
    }

    static boolean is(int codePoint, int flag) {
        return (of(codePoint) & flag) != 0;
    }

    private static boolean isLetterOrDigit(int c) {
        return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
                : Character.isLetterOrDigit(c);
    }
}
