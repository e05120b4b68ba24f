package org.jianfu.indicators.matching.bench;

import org.jianfu.indicators.matching.analysis.CharBigrams;
import org.jianfu.indicators.matching.analysis.NameNormaliser;

/**
 * The yardstick: two names are the same when their character-bigram Dice overlap, after NFKC and
 * removing spaces, reaches a fixed threshold. No synonyms, no qualifiers, no units.
 */
public final class BigramBaseline {

    public static final double DEFAULT_THRESHOLD = 0.5;

    private final double threshold;

    public BigramBaseline(double threshold) {
        this.threshold = threshold;
    }

    public boolean same(String a, String b) {
        return score(a, b) >= threshold;
    }

    public double score(String a, String b) {
        return CharBigrams.dice(NameNormaliser.clean(a), NameNormaliser.clean(b));
    }
}
