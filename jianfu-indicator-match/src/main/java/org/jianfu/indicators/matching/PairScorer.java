package org.jianfu.indicators.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jianfu.indicators.matching.analysis.TsvResource;

/**
 * The learned part of the decision: two logistic regressions over {@link PairFeatures} fitted on
 * the labelled pairs ({@code indicators fit}, weights in {@value #RESOURCE}). The decision model
 * ({@code weights}, all features) gives 同一指标 at probability ≥ {@code sameThreshold}. Below it, the
 * likeness model ({@code maybeWeights}, fitted without the rules' verdict, so it learns what
 * duplicates look like rather than what the rules already know) gives 可能相同 at ≥
 * {@code maybeThreshold}. A unit clash (户 vs 人) is never asked about: no confirmation makes one
 * number answer both.
 */
public record PairScorer(double[] weights, double[] maybeWeights, double sameThreshold, double maybeThreshold) {

    public static final String RESOURCE = "org/jianfu/indicators/matching/scorer-weights.tsv";

    private static volatile PairScorer shipped;

    public PairScorer {
        if (weights.length != PairFeatures.NAMES.size()) {
            throw new IllegalArgumentException("expected " + PairFeatures.NAMES.size() + " weights, got " + weights.length);
        }
        if (maybeWeights.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " likeness weights, got " + maybeWeights.length);
        }
        weights = weights.clone();
        maybeWeights = maybeWeights.clone();
    }

    /** Least head-bigram overlap for 可能相同 (unless the registry lists both names together). */
    public static final double MIN_HEAD_OVERLAP = 0.25;
    private static final int HEAD_DICE = PairFeatures.NAMES.indexOf("head_bigram_dice");
    private static final int LISTED_TOGETHER = PairFeatures.NAMES.indexOf("registry_listed_together");

    /** Index of the rules' verdict among the features; the likeness model never sees it. */
    public static final int RULES_SAME = PairFeatures.NAMES.indexOf("rules_same");

    public static PairScorer shipped() {
        PairScorer scorer = shipped;
        if (scorer == null) {
            scorer = parse(TsvResource.read(RESOURCE));
            shipped = scorer;
        }
        return scorer;
    }

    public static PairScorer read(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
            }
        }
        return parse(rows);
    }

    static PairScorer parse(List<String[]> rows) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String[] row : rows) {
            values.put(row[0], Double.parseDouble(row[1]));
        }
        return new PairScorer(block(values, ""), block(values, "likeness."),
                values.getOrDefault("threshold_same", 0.5), values.getOrDefault("threshold_maybe", 0.2));
    }

    private static double[] block(Map<String, Double> values, String prefix) {
        double[] weights = new double[PairFeatures.NAMES.size()];
        for (int i = 0; i < weights.length; i++) {
            Double weight = values.get(prefix + PairFeatures.NAMES.get(i));
            if (weight == null) {
                throw new IllegalStateException("scorer weights lack " + prefix + PairFeatures.NAMES.get(i));
            }
            weights[i] = weight;
        }
        return weights;
    }

    /** The weights file: one feature and its weight a line, then the two thresholds. */
    public String format(String header) {
        StringBuilder text = new StringBuilder();
        header.lines().forEach(line -> text.append("# ").append(line).append('\n'));
        for (int i = 0; i < weights.length; i++) {
            text.append(PairFeatures.NAMES.get(i)).append('\t').append(String.format(Locale.ROOT, "%.6f", weights[i])).append('\n');
        }
        for (int i = 0; i < maybeWeights.length; i++) {
            text.append("likeness.").append(PairFeatures.NAMES.get(i)).append('\t')
                    .append(String.format(Locale.ROOT, "%.6f", maybeWeights[i])).append('\n');
        }
        text.append("threshold_same\t").append(String.format(Locale.ROOT, "%.4f", sameThreshold)).append('\n');
        text.append("threshold_maybe\t").append(String.format(Locale.ROOT, "%.4f", maybeThreshold)).append('\n');
        return text.toString();
    }

    public double probability(double[] features) {
        return logistic(weights, features);
    }

    /** How much the pair looks like the labelled duplicates, the rules' verdict left aside. */
    public double likeness(double[] features) {
        double[] blind = features.clone();
        blind[RULES_SAME] = 0;
        return logistic(maybeWeights, blind);
    }

    private static double logistic(double[] w, double[] x) {
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public Tier tier(double[] features) {
        if (features[PairFeatures.NAMES.indexOf("unit_clash")] > 0) {
            return Tier.DIFFERENT;
        }
        if (probability(features) >= sameThreshold) {
            return Tier.SAME;
        }
        // with heads sharing almost nothing there is nothing for the requester to confirm, however
        // the likeness model weighs the rest (both 产量, no clash); FieldIndex relies on this bound
        boolean headsOverlap = features[HEAD_DICE] >= MIN_HEAD_OVERLAP || features[LISTED_TOGETHER] > 0;
        return headsOverlap && likeness(features) >= maybeThreshold ? Tier.MAYBE : Tier.DIFFERENT;
    }

    /** The final answer: the rules' reasons, the learned tier, and a score with same ⇔ score ≥ THRESHOLD. */
    MatchResult decide(MatchResult rules, double[] features) {
        Tier tier = tier(features);
        double t = FieldMatcher.THRESHOLD;
        // The rules' score where the tiers agree with them (it ranks look-alikes with a clash for
        // the form designer); a 可能相同 pair scores at least its likeness. same ⇔ score ≥ t holds.
        double score = switch (tier) {
            case SAME -> rules.same() ? rules.score()
                    : t + Math.max(0, probability(features) - sameThreshold) / (1 - sameThreshold) * (1 - t);
            case MAYBE -> Math.max(rules.same() ? 0 : rules.score(), likeness(features) * t);
            case DIFFERENT -> rules.same() ? likeness(features) * t : rules.score();
        };
        String reason = switch (tier) {
            case SAME -> rules.same() ? rules.reason() : "名称高度相近：" + rules.reason();
            case MAYBE -> "可能相同，请确认：" + rules.reason();
            case DIFFERENT -> rules.reason();
        };
        double rounded = Math.round(score * 10000) / 10000.0;
        return new MatchResult(tier == Tier.SAME, tier == Tier.SAME ? Math.max(rounded, t) : Math.min(rounded, 0.5999), reason, tier);
    }
}
