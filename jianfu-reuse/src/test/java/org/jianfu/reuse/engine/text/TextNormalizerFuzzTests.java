package org.jianfu.reuse.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;

/**
 * Fuzzes the normalisation chain with arbitrary strings (lone surrogates, combining marks, full-width
 * forms, control characters...), given as UTF-16BE bytes. Without JAZZER_FUZZ it replays the seeds under
 * {@code TextNormalizerFuzzTestsInputs/} as a plain test; see docs/fuzzing.md for a fuzzing run.
 *
 * <p>The properties are the ones the engine relies on (see {@code ReportAssembly} cutting matches from the
 * original): every normalised code point maps to a non-empty stretch {@code [start, end)} of the original
 * inside its code point count, starts and ends never go backwards, only letters, digits and the
 * placeholder survive, and the result is a function of the input. Normalising twice is NOT stable
 * ("第，十条" loses the comma in the first pass and the numbering only in a second), so it is not checked.
 */
class TextNormalizerFuzzTests {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    /** NFKC expands one code point to at most 18 (U+FDFA); the folding table keeps whole expansions. */
    private static final int MAX_EXPANSION = 18;

    @FuzzTest(maxDuration = "5m")
    void mapsEveryNormalisedCodePointBackToTheOriginal(byte[] data) {
        // chars straight from byte pairs (a decoder would replace lone surrogates); seeds are UTF-16BE files
        String original = ByteBuffer.wrap(data).asCharBuffer().toString();
        int codePoints = original.codePointCount(0, original.length());

        MappedText text = NORMALIZER.normalize(original);

        assertThat(text.length()).isLessThanOrEqualTo(codePoints * MAX_EXPANSION);
        int previousStart = 0;
        int previousEnd = 0;
        for (int i = 0; i < text.length(); i++) {
            int start = text.startAt(i);
            int end = text.endAt(i);
            if (start < previousStart || end < previousEnd || start < 0 || end <= start || end > codePoints) {
                throw new AssertionError("bad mapping at " + i + ": [" + start + ", " + end + ") after ["
                        + previousStart + ", " + previousEnd + ") of " + codePoints + " in " + escaped(original));
            }
            int c = text.codePointAt(i);
            if (c != AdministrativeNames.PLACEHOLDER && !Character.isLetterOrDigit(c)) {
                throw new AssertionError("kept U+" + Integer.toHexString(c) + " in " + escaped(original));
            }
            previousStart = start;
            previousEnd = end;
        }
        assertThat(NORMALIZER.normalize(original).toString()).isEqualTo(text.toString());
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
