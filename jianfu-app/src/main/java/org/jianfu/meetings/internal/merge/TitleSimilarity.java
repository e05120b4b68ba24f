package org.jianfu.meetings.internal.merge;

import java.util.Collection;
import java.util.regex.Pattern;
import org.jianfu.platform.text.BigramDice;

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
        return BigramDice.of(a, b);
    }
}
