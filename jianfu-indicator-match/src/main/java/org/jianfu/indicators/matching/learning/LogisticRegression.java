package org.jianfu.indicators.matching.learning;

import java.util.List;

/**
 * Plain batch-gradient logistic regression with a small L2 penalty (not on the bias, feature 0).
 * Deterministic: same data, same weights, so the shipped weights are reproducible.
 */
public final class LogisticRegression {

    private static final int ITERATIONS = 4000;
    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 0.001;

    private LogisticRegression() {
    }

    public static double[] fit(List<double[]> features, List<Boolean> labels) {
        int n = features.size();
        int d = features.getFirst().length;
        double[] w = new double[d];
        double[] gradient = new double[d];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            java.util.Arrays.fill(gradient, 0);
            for (int i = 0; i < n; i++) {
                double[] x = features.get(i);
                double error = probability(w, x) - (labels.get(i) ? 1 : 0);
                for (int j = 0; j < d; j++) {
                    gradient[j] += error * x[j];
                }
            }
            for (int j = 0; j < d; j++) {
                double penalty = j == 0 ? 0 : L2 * w[j];
                w[j] -= LEARNING_RATE * (gradient[j] / n + penalty);
            }
        }
        return w;
    }

    public static double probability(double[] w, double[] x) {
        double z = 0;
        for (int j = 0; j < w.length; j++) {
            z += w[j] * x[j];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
