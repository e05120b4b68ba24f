package org.jianfu.reuse.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "exact 12-gram baseline": every run of 12 equal code points (whitespace skipped, nothing
 * else normalised) between the query and an indexed text is a match; matches of one source whose query
 * positions lie within {@value #MERGE_GAP} characters of each other form a detection; detections shorter
 * than {@value #MIN_LENGTH} characters are dropped, and each query stretch goes to the longest detection
 * over it (one source per stretch). 12-grams in more than 20 texts are boilerplate. Deliberately
 * simple: it is the yardstick, not a rival engine.
 */
public final class ExactNgramBaseline {

    private static final int N = 12;
    private static final int POSITION_BITS = 28;
    private static final int MAX_DOCUMENTS = 20;
    private static final int MERGE_GAP = 32;
    private static final int MIN_LENGTH = 24;

    public record Detection(int queryStart, int queryEnd, String source, int sourceStart, int sourceEnd) {
    }

    private final List<String> ids = new ArrayList<>();
    private final List<int[]> offsets = new ArrayList<>(); // per text: code point offset of each kept code point
    private final int[] documentStarts;
    private final long[] keys; // hash (upper bits) | global kept position (lower bits), sorted

    public ExactNgramBaseline(Map<String, String> texts) {
        List<Integer> starts = new ArrayList<>();
        int global = 0;
        List<long[]> perText = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            ids.add(entry.getKey());
            int[][] kept = kept(entry.getValue());
            offsets.add(kept[1]);
            starts.add(global);
            long[] own = new long[Math.max(0, kept[0].length - N + 1)];
            for (int i = 0; i < own.length; i++) {
                own[i] = (hash(kept[0], i) << POSITION_BITS) | (global + i);
            }
            perText.add(own);
            total += own.length;
            global += kept[0].length;
        }
        if (global >= (1 << POSITION_BITS)) {
            throw new IllegalArgumentException("corpus too large for the baseline");
        }
        documentStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        keys = new long[total];
        int at = 0;
        for (long[] own : perText) {
            System.arraycopy(own, 0, keys, at, own.length);
            at += own.length;
        }
        Arrays.sort(keys);
    }

    public List<Detection> check(String query, java.util.function.Predicate<String> sourceFilter) {
        int[][] kept = kept(query);
        Map<Integer, List<int[]>> matches = new HashMap<>(); // document -> (query kept pos, source kept pos)
        for (int i = 0; i + N <= kept[0].length; i++) {
            long hash = hash(kept[0], i);
            int from = lowerBound(hash << POSITION_BITS);
            int to = lowerBound((hash + 1) << POSITION_BITS);
            if (to - from == 0 || to - from > 200) {
                continue;
            }
            java.util.Set<Integer> documents = new java.util.HashSet<>();
            for (int k = from; k < to; k++) {
                documents.add(document((int) (keys[k] & ((1L << POSITION_BITS) - 1))));
            }
            if (documents.size() > MAX_DOCUMENTS) {
                continue;
            }
            for (int k = from; k < to; k++) {
                int position = (int) (keys[k] & ((1L << POSITION_BITS) - 1));
                int document = document(position);
                if (sourceFilter.test(ids.get(document))) {
                    matches.computeIfAbsent(document, d -> new ArrayList<>()).add(new int[] {i, position - documentStarts[document]});
                }
            }
        }
        List<Detection> detections = new ArrayList<>();
        matches.forEach((document, pairs) -> {
            pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
            int[] sourceOffsets = offsets.get(document);
            int qStart = -1, qEnd = -1, sMin = 0, sMax = 0;
            for (int[] pair : pairs) {
                if (qStart >= 0 && pair[0] <= qEnd + MERGE_GAP && Math.abs(pair[1] - sMax) <= 2000) {
                    qEnd = Math.max(qEnd, pair[0] + N);
                    sMin = Math.min(sMin, pair[1]);
                    sMax = Math.max(sMax, pair[1] + N);
                    continue;
                }
                if (qStart >= 0) {
                    detections.add(detection(kept[1], qStart, qEnd, ids.get(document), sourceOffsets, sMin, sMax));
                }
                qStart = pair[0];
                qEnd = pair[0] + N;
                sMin = pair[1];
                sMax = pair[1] + N;
            }
            if (qStart >= 0) {
                detections.add(detection(kept[1], qStart, qEnd, ids.get(document), sourceOffsets, sMin, sMax));
            }
        });
        detections.removeIf(d -> d.queryEnd() - d.queryStart() < MIN_LENGTH);
        detections.sort((a, b) -> Integer.compare(b.queryEnd() - b.queryStart(), a.queryEnd() - a.queryStart()));
        List<Detection> chosen = new ArrayList<>();
        for (Detection d : detections) {
            int overlap = 0;
            for (Detection k : chosen) {
                overlap += Math.max(0, Math.min(d.queryEnd(), k.queryEnd()) - Math.max(d.queryStart(), k.queryStart()));
            }
            if (2 * overlap < d.queryEnd() - d.queryStart()) {
                chosen.add(d);
            }
        }
        chosen.sort((a, b) -> Integer.compare(a.queryStart(), b.queryStart()));
        return chosen;
    }

    private static Detection detection(int[] queryOffsets, int qStart, int qEnd, String source, int[] sourceOffsets,
            int sStart, int sEnd) {
        return new Detection(queryOffsets[qStart], queryOffsets[qEnd - 1] + 1, source, sourceOffsets[sStart],
                sourceOffsets[sEnd - 1] + 1);
    }

    private int document(int globalPosition) {
        int found = Arrays.binarySearch(documentStarts, globalPosition);
        if (found >= 0) {
            while (found + 1 < documentStarts.length && documentStarts[found + 1] == globalPosition) {
                found++;
            }
            return found;
        }
        return -found - 2;
    }

    private int lowerBound(long key) {
        int low = 0, high = keys.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (keys[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** 34-bit hash (the shifted key stays positive, so signed order works) of the 12 code points at {@code from}. */
    private static long hash(int[] codePoints, int from) {
        long h = 1125899906842597L;
        for (int i = from; i < from + N; i++) {
            h = h * 0x9E3779B97F4A7C15L + codePoints[i];
            h ^= h >>> 29;
        }
        return (h >>> 30) & ((1L << 34) - 1);
    }

    /** The code points that are not whitespace, and the code point offset of each in the text. */
    private static int[][] kept(String text) {
        int[] codePoints = text.codePoints().toArray();
        int[] kept = new int[codePoints.length];
        int[] at = new int[codePoints.length];
        int n = 0;
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (!Character.isWhitespace(c) && c != 0x3000 && c != 0xA0) {
                kept[n] = c;
                at[n] = i;
                n++;
            }
        }
        return new int[][] {Arrays.copyOf(kept, n), Arrays.copyOf(at, n)};
    }
}
