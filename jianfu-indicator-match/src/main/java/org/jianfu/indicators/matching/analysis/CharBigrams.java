package org.jianfu.indicators.matching.analysis;

import java.util.HashMap;
import java.util.Map;

/** Dice coefficient over character bigrams (single characters for one-character strings). */
public final class CharBigrams {

    private CharBigrams() {
    }

    public static double dice(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        Map<String, Integer> left = bigrams(a);
        Map<String, Integer> right = bigrams(b);
        int total = count(left) + count(right);
        if (total == 0) {
            return 0.0;
        }
        int shared = 0;
        for (var entry : left.entrySet()) {
            shared += Math.min(entry.getValue(), right.getOrDefault(entry.getKey(), 0));
        }
        return 2.0 * shared / total;
    }

    private static Map<String, Integer> bigrams(String text) {
        Map<String, Integer> grams = new HashMap<>();
        int[] points = text.codePoints().toArray();
        if (points.length == 1) {
            grams.merge(text, 1, Integer::sum);
        }
        for (int i = 0; i + 1 < points.length; i++) {
            grams.merge(new String(points, i, 2), 1, Integer::sum);
        }
        return grams;
    }

    private static int count(Map<String, Integer> grams) {
        return grams.values().stream().mapToInt(Integer::intValue).sum();
    }
}
