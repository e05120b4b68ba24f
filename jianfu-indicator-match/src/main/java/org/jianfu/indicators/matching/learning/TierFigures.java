package org.jianfu.indicators.matching.learning;

import java.util.Locale;

/**
 * Counts for the three tiers against labels: precision/recall/F1 and false merges of 同一指标, the
 * share of real duplicates caught by 同一指标 or 可能相同, and the share of all pairs that are 可能相同.
 */
public record TierFigures(int sameTrue, int sameFalse, int maybeTrue, int maybeFalse, int differentTrue, int differentFalse) {

    public static TierFigures empty() {
        return new TierFigures(0, 0, 0, 0, 0, 0);
    }

    public TierFigures add(org.jianfu.indicators.matching.Tier tier, boolean labelledSame) {
        return switch (tier) {
            case SAME -> labelledSame ? new TierFigures(sameTrue + 1, sameFalse, maybeTrue, maybeFalse, differentTrue, differentFalse)
                    : new TierFigures(sameTrue, sameFalse + 1, maybeTrue, maybeFalse, differentTrue, differentFalse);
            case MAYBE -> labelledSame ? new TierFigures(sameTrue, sameFalse, maybeTrue + 1, maybeFalse, differentTrue, differentFalse)
                    : new TierFigures(sameTrue, sameFalse, maybeTrue, maybeFalse + 1, differentTrue, differentFalse);
            case DIFFERENT -> labelledSame ? new TierFigures(sameTrue, sameFalse, maybeTrue, maybeFalse, differentTrue + 1, differentFalse)
                    : new TierFigures(sameTrue, sameFalse, maybeTrue, maybeFalse, differentTrue, differentFalse + 1);
        };
    }

    public TierFigures plus(TierFigures o) {
        return new TierFigures(sameTrue + o.sameTrue, sameFalse + o.sameFalse, maybeTrue + o.maybeTrue,
                maybeFalse + o.maybeFalse, differentTrue + o.differentTrue, differentFalse + o.differentFalse);
    }

    public int pairs() {
        return sameTrue + sameFalse + maybeTrue + maybeFalse + differentTrue + differentFalse;
    }

    public int duplicates() {
        return sameTrue + maybeTrue + differentTrue;
    }

    public double precision() {
        return sameTrue + sameFalse == 0 ? 1 : (double) sameTrue / (sameTrue + sameFalse);
    }

    public double recall() {
        return duplicates() == 0 ? 1 : (double) sameTrue / duplicates();
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Real duplicates answered 同一指标 or 可能相同. */
    public double caught() {
        return duplicates() == 0 ? 1 : (double) (sameTrue + maybeTrue) / duplicates();
    }

    public double maybeShare() {
        return pairs() == 0 ? 0 : (double) (maybeTrue + maybeFalse) / pairs();
    }

    public String row(String label) {
        return String.format(Locale.ROOT, "%s\t%d\t%.3f\t%.3f\t%.3f\t%d\t%d\t%.3f\t%.3f", label, pairs(), precision(),
                recall(), f1(), sameFalse, differentTrue, caught(), maybeShare());
    }

    public static String header() {
        return "figures\tpairs\tprecision\trecall\tF1\tfalse merges\tmisses\tcaught (same+maybe)\tmaybe share";
    }
}
