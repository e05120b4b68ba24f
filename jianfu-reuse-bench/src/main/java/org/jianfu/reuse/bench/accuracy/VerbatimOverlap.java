package org.jianfu.reuse.bench.accuracy;

import java.util.Arrays;
import java.util.List;
import org.jianfu.reuse.engine.text.TextNormalizer;

/**
 * What held-out laws share with the indexed ones, independent of the index and the alignment:
 * 14-character windows of the normalised text (the definition of "the same text": punctuation,
 * numbering and place names do not count) with the number of indexed laws containing each. A sentence holding a window that
 * only a few laws contain is real reuse (民法典 quotes 合同法) and is cut from clean text; windows
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

    /** The text without the sentences that share a non-boilerplate window with an indexed law. */
    String withoutReusedSentences(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || "。；\n".indexOf(text.charAt(i)) >= 0) {
                int end = Math.min(text.length(), i + 1);
                String sentence = text.substring(start, end);
                if (!isReused(sentence)) {
                    kept.append(sentence);
                }
                start = end;
            }
        }
        return kept.toString();
    }

    private boolean isReused(String sentence) {
        for (long window : windows(sentence)) {
            int at = Arrays.binarySearch(windows, window);
            if (at >= 0 && documentCounts[at] < boilerplateDocuments) {
                return true;
            }
        }
        return false;
    }

    private static long[] windows(String text) {
        int[] chars = NORMALIZER.normalize(text).toString().codePoints().toArray();
        int n = Math.max(0, chars.length - WINDOW + 1);
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
