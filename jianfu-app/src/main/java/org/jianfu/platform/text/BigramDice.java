package org.jianfu.platform.text;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two short Chinese texts are: the Dice coefficient of their character bigrams (code points,
 * so a character outside the BMP counts once). Used for meeting titles and township duty names.
 */
public final class BigramDice {

    private BigramDice() {
    }

    /** 0 to 1; texts too short for a bigram are alike only if equal. */
    public static double of(String a, String b) {
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
