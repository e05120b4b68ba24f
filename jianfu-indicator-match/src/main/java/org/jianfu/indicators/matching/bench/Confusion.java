package org.jianfu.indicators.matching.bench;

/**
 * Counts of one matcher's decisions against labels. A false merge (predicted same, labelled
 * different) is the costly error: two departments' different numbers would be collected once.
 */
public record Confusion(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    public static Confusion empty() {
        return new Confusion(0, 0, 0, 0);
    }

    public Confusion add(boolean predicted, boolean labelled) {
        return new Confusion(
                truePositives + (predicted && labelled ? 1 : 0),
                falsePositives + (predicted && !labelled ? 1 : 0),
                falseNegatives + (!predicted && labelled ? 1 : 0),
                trueNegatives + (!predicted && !labelled ? 1 : 0));
    }

    public int pairs() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    public int falseMerges() {
        return falsePositives;
    }

    /** 1.0 when nothing was called the same: no merge, so no false merge. */
    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
        int labelled = truePositives + falseNegatives;
        return labelled == 0 ? 1.0 : (double) truePositives / labelled;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
