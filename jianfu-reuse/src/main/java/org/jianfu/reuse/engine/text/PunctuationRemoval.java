package org.jianfu.reuse.engine.text;

/**
 * Last step: keeps only letters, digits and the administrative placeholder, so punctuation, spacing,
 * Markdown and line breaks no longer matter. A run of placeholders ("省、自治区、直辖市") becomes one.
 */
public final class PunctuationRemoval {

    public MappedText apply(MappedText text) {
        MappedText.Builder out = new MappedText.Builder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (c == AdministrativeNames.PLACEHOLDER) {
                int last = i;
                int j = i + 1;
                while (j < n && (text.codePointAt(j) == AdministrativeNames.PLACEHOLDER || !isKept(text.codePointAt(j)))) {
                    if (text.codePointAt(j) == AdministrativeNames.PLACEHOLDER) {
                        last = j;
                    }
                    j++;
                }
                out.add(c, text.startAt(i), text.endAt(last));
                i = last + 1;
            } else {
                int run = i;
                while (run < n && isKept(text.codePoints[run])) {
                    run++;
                }
                out.copy(text, i, run);
                i = run == i ? i + 1 : run;
            }
        }
        return out.build();
    }

    private static boolean isKept(int c) {
        return c != AdministrativeNames.PLACEHOLDER && CharClasses.is(c, CharClasses.KEPT);
    }
}
