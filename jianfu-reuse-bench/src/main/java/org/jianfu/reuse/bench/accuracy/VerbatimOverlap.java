package org.jianfu.reuse.bench.accuracy;

import java.util.Arrays;
import java.util.List;
import org.jianfu.reuse.engine.text.MappedText;
import org.jianfu.reuse.engine.text.TextNormalizer;

/**
 * What held-out laws share with the indexed ones, independent of the index and the alignment:
 * 14-character windows of the normalised text (the definition of "the same text": punctuation,
 * numbering and place names do not count) with the number of indexed laws containing each. A sentence holding a window that
 * only a few laws contain is real reuse (民法典 quotes 合同法): every sentence it touches, even across
 * line breaks, is cut from clean text; windows
 * found in many laws are boilerplate and stay, because clean negatives must share only boilerplate.
 */
final class VerbatimOverlap {

    private static final int WINDOW = 14;
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private final long[] windows;
    private final int[] documentCounts;
    private final int boilerplateDocuments;

    VerbatimOverlap(List<String> indexedTexts, int boilerplateDocuments) {
        this.boilerplateDocuments = boilerplateDocuments;
        long[] all = new long[0];
        int count = 0;
        for (String text : indexedTexts) {
            long[] own = Arrays.stream(windows(text)).distinct().toArray();
            if (count + own.length > all.length) {
                all = Arrays.copyOf(all, Math.max(all.length * 2, count + own.length));
            }
            System.arraycopy(own, 0, all, count, own.length);
            count += own.length;
        }
        long[] sorted = Arrays.copyOf(all, count);
        Arrays.sort(sorted);
        long[] unique = new long[count];
        int[] counts = new int[count];
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct > 0 && unique[distinct - 1] == sorted[i]) {
                counts[distinct - 1]++;
            } else {
                unique[distinct] = sorted[i];
                counts[distinct++] = 1;
            }
        }
        windows = Arrays.copyOf(unique, distinct);
        documentCounts = Arrays.copyOf(counts, distinct);
    }

    /** The text without the sentences that touch a non-boilerplate window shared with an indexed law. */
    String withoutReusedSentences(String text) {
        MappedText normalised = NORMALIZER.normalize(text);
        int[] chars = normalised.codePoints();
        int codePoints = text.codePointCount(0, text.length());
        boolean[] reused = new boolean[codePoints + 1];
        long[] own = windows(chars, normalised.length());
        for (int i = 0; i < own.length; i++) {
            int at = Arrays.binarySearch(windows, own[i]);
            if (at >= 0 && documentCounts[at] < boilerplateDocuments) {
                for (int p = normalised.startAt(i); p < normalised.endAt(i + WINDOW - 1); p++) {
                    reused[p] = true;
                }
            }
        }
        StringBuilder kept = new StringBuilder(text.length());
        int[] original = text.codePoints().toArray();
        int start = 0;
        for (int i = 0; i <= original.length; i++) {
            if (i == original.length || "。；\n".indexOf(original[i]) >= 0) {
                int end = Math.min(original.length, i + 1);
                boolean touched = false;
                for (int p = start; p < end && !touched; p++) {
                    touched = reused[p];
                }
                if (!touched) {
                    kept.append(new String(original, start, end - start));
                }
                start = end;
            }
        }
        return kept.toString();
    }

    private static long[] windows(String text) {
        MappedText normalised = NORMALIZER.normalize(text);
        return windows(normalised.codePoints(), normalised.length());
    }

    private static long[] windows(int[] chars, int length) {
        int n = Math.max(0, length - WINDOW + 1);
        long[] windows = new long[n];
        for (int i = 0; i < n; i++) {
            long hash = 1125899906842597L;
            for (int j = 0; j < WINDOW; j++) {
                hash = 31 * hash + chars[i + j];
            }
            windows[i] = hash;
        }
        return windows;
    }
}
