package org.jianfu.reuse.engine.sentence;

import java.util.Arrays;
import org.jianfu.reuse.engine.text.MappedText;

/**
 * A text cut into units for the rewording-tolerant stage: sentences of the normalised text, split where
 * the original had 。；！？： or a line break, and long sentences (≥ {@value #LONG_UNIT} characters so
 * far) also at a comma, so a clause moved or dropped costs one unit, not a whole article. A unit shorter
 * than {@value #SHORT_UNIT} characters (a heading like 总则, a list marker) joins the next one. Each unit
 * carries the set of its character bigrams (of the normalised text), sorted, so two units' Dice is exact.
 *
 * @param ends exclusive end of each unit in normalised positions, ascending; the first starts at 0
 * @param bigrams per unit, its distinct bigrams (two code points packed in a long), ascending
 */
public record TextUnits(int[] ends, long[][] bigrams) {

    static final int LONG_UNIT = 48;
    static final int SHORT_UNIT = 8;
    private static final TextUnits EMPTY = new TextUnits(new int[0], new long[0][]);

    public int count() {
        return ends.length;
    }

    public int start(int unit) {
        return unit == 0 ? 0 : ends[unit - 1];
    }

    public int end(int unit) {
        return ends[unit];
    }

    public int length(int unit) {
        return end(unit) - start(unit);
    }

    /** The unit holding normalised position {@code position}. */
    public int unitAt(int position) {
        int found = Arrays.binarySearch(ends, position);
        return found >= 0 ? found + 1 : -found - 1;
    }

    public static TextUnits of(String original, MappedText text) {
        int n = text.length();
        if (n == 0) {
            return EMPTY;
        }
        int[] original32 = original.codePoints().toArray();
        int[] ends = new int[16];
        int count = 0;
        int unitStart = 0;
        for (int i = 0; i + 1 < n; i++) {
            int gapFrom = text.endAt(i);
            int gapTo = text.startAt(i + 1);
            boolean sentenceEnd = false;
            boolean comma = false;
            for (int c = gapFrom; c < gapTo && c < original32.length; c++) {
                int cp = original32[c];
                if (cp == '。' || cp == '；' || cp == '！' || cp == '？' || cp == '：' || cp == '\n' || cp == ';'
                        || cp == '?' || cp == '!') {
                    sentenceEnd = true;
                } else if (cp == '，' || cp == ',') {
                    comma = true;
                }
            }
            if ((sentenceEnd && i + 1 - unitStart >= SHORT_UNIT) || (comma && i + 1 - unitStart >= LONG_UNIT)) {
                if (count == ends.length) {
                    ends = Arrays.copyOf(ends, count * 2);
                }
                ends[count++] = i + 1;
                unitStart = i + 1;
            }
        }
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count + 1);
        }
        ends[count++] = n;
        ends = Arrays.copyOf(ends, count);
        int[] codePoints = text.codePoints();
        long[][] bigrams = new long[count][];
        for (int u = 0; u < count; u++) {
            bigrams[u] = bigrams(codePoints, u == 0 ? 0 : ends[u - 1], ends[u]);
        }
        return new TextUnits(ends, bigrams);
    }

    private static long[] bigrams(int[] codePoints, int from, int to) {
        if (to - from < 2) {
            return new long[0];
        }
        long[] all = new long[to - from - 1];
        for (int i = from; i + 1 < to; i++) {
            all[i - from] = (long) codePoints[i] << 21 | codePoints[i + 1];
        }
        Arrays.sort(all);
        int distinct = 1;
        for (int i = 1; i < all.length; i++) {
            if (all[i] != all[distinct - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }
}
