package org.jianfu.indicators.matching.learning;

import java.util.List;

import org.jianfu.indicators.matching.PairScorer;

/**
 * Fits the two models of a {@link PairScorer} on labelled feature vectors and picks the 可能相同
 * threshold: the lowest that keeps 可能相同 within {@code maybeBudget} of the fitting pairs. The
 * fitting pairs were used to write the rules, so on them the rules alone catch almost every
 * duplicate; unseen names need the 可能相同 tier, and its size is what the requester pays for it.
 */
public final class ScorerFit {

    private ScorerFit() {
    }

    public static PairScorer fit(List<double[]> features, List<Boolean> labels, double maybeBudget) {
        double[] decision = LogisticRegression.fit(features, labels);
        // The likeness model decides only where the rules said different (below 同一指标), so it is
        // fitted on those pairs: what tells a renamed or paraphrased duplicate from a sibling row.
        List<double[]> undecided = new java.util.ArrayList<>();
        List<Boolean> undecidedLabels = new java.util.ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i)[PairScorer.RULES_SAME] == 0) {
                double[] blind = features.get(i).clone();
                undecided.add(blind);
                undecidedLabels.add(labels.get(i));
            }
        }
        double[] likeness = LogisticRegression.fit(undecided, undecidedLabels);
        double maybe = 1;
        for (double t = 0.99; t > 0.0005; t -= 0.0025) {
            if (score(new PairScorer(decision, likeness, 0.5, t), features, labels).maybeShare() > maybeBudget) {
                break;
            }
            maybe = t;
        }
        return new PairScorer(decision, likeness, 0.5, maybe);
    }

    public static TierFigures score(PairScorer scorer, List<double[]> features, List<Boolean> labels) {
        TierFigures figures = TierFigures.empty();
        for (int i = 0; i < features.size(); i++) {
            figures = figures.add(scorer.tier(features.get(i)), labels.get(i));
        }
        return figures;
    }
}
