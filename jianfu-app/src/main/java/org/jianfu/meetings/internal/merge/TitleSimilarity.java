package org.jianfu.meetings.internal.merge;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How alike two meeting titles are once place names are removed ("兰州市春耕生产工作会议" and
 * "城关区春耕生产工作会议" are the same meeting at two levels): Dice coefficient of character bigrams.
 */
final class TitleSimilarity {

    // 全省/全市/全县…, remarks in brackets and the words every meeting title has
    private static final Pattern NOISE = Pattern.compile("全(省|市|州|县|区|镇|乡|街道|村)|（[^）]*）|\\s|工作|推进|部署|动员|专题|会议|会$");

    private TitleSimilarity() {
    }

    static String normalise(String title, Collection<String> placeNames) {
        String t = title;
        for (String place : placeNames) {
            if (!place.isBlank()) {
                t = t.replace(place, "");
            }
        }
        return NOISE.matcher(t).replaceAll("");
    }

    static double of(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return a.equals(b) ? 1 : 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return 2.0 * both.size() / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> grams = new HashSet<>();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }
}
