package org.jianfu.platform.text;

/**
 * 字数, counted one way everywhere: the length rule of the gate, the form's live count, the upload
 * message, the history and the burden index. Every character counts once (a Han character, a letter,
 * a digit, a punctuation mark; a character outside the BMP is one, not two UTF-16 units); spaces,
 * tabs and line breaks of any kind do not. The page script {@code js/jianfu.js} ({@code countCharacters})
 * counts the same set; {@code CharacterCountBrowserTests} holds the two together.
 */
public final class CharacterCount {

    private CharacterCount() {
    }

    public static int of(CharSequence text) {
        if (text == null) {
            return 0;
        }
        return (int) text.codePoints().filter(c -> !isBlank(c)).count();
    }

    /** Java's whitespace, every Unicode space separator (incl. no-break and ideographic spaces) and the BOM. */
    static boolean isBlank(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF;
    }
}
