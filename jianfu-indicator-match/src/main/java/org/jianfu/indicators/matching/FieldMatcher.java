package org.jianfu.indicators.matching;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.jianfu.indicators.matching.analysis.FieldAnalysis;
import org.jianfu.indicators.matching.analysis.FieldAnalyzer;
import org.jianfu.indicators.matching.analysis.Lexicon;

/**
 * Decides whether two 一表通 field names ask for the same number, using only what the product
 * ships: its synonym, qualifier and unit lists and its indicator registry. Immutable, thread-safe;
 * build once.
 */
public final class FieldMatcher {

    /** A pair is the same indicator exactly when its score reaches this. */
    public static final double THRESHOLD = 0.6;

    private record RegisteredName(Indicator indicator, FieldAnalysis analysis) {
    }

    private final FieldAnalyzer analyzer;
    private final PairScorer scorer;
    private final RegistryIndex registry;
    private final List<RegisteredName> registeredNames;

    private FieldMatcher(Lexicon lexicon, List<Indicator> indicators, PairScorer scorer) {
        this.analyzer = new FieldAnalyzer(lexicon);
        this.scorer = scorer;
        this.registry = new RegistryIndex(indicators, analyzer, lexicon);
        this.registeredNames = indicators.stream()
                .flatMap(indicator -> Stream.concat(Stream.of(indicator.name()), indicator.aliases().stream())
                        .map(name -> new RegisteredName(indicator, analyzer.analyse(name))))
                .toList();
    }

    /** The matcher the product uses: shipped lexicon and shipped registry seed. */
    public static FieldMatcher withShippedLexicon() {
        return new FieldMatcher(Lexicon.shipped(), IndicatorRegistrySeed.load(), PairScorer.shipped());
    }

    /** Same lexicon, but the app's current registry (seed plus indicators added since). */
    public static FieldMatcher withRegistry(List<Indicator> registry) {
        return new FieldMatcher(Lexicon.shipped(), List.copyOf(registry), PairScorer.shipped());
    }

    /** Same lexicon and registry, another scorer (for fitting and cross-validation). */
    public FieldMatcher withScorer(PairScorer other) {
        return new FieldMatcher(this, other);
    }

    private FieldMatcher(FieldMatcher base, PairScorer scorer) {
        this.analyzer = base.analyzer;
        this.registry = base.registry;
        this.registeredNames = base.registeredNames;
        this.scorer = scorer;
    }

    /** The scorer's inputs for a pair ({@link PairFeatures#NAMES}); for fitting. */
    public double[] features(String a, String b) {
        FieldAnalysis left = analyzer.analyse(a);
        FieldAnalysis right = analyzer.analyse(b);
        return FieldComparison.features(left, right, registry, FieldComparison.compare(left, right, registry));
    }

    MatchResult judge(FieldAnalysis a, FieldAnalysis b) {
        MatchResult rules = FieldComparison.compare(a, b, registry);
        return scorer.decide(rules, FieldComparison.features(a, b, registry, rules));
    }

    public MatchResult match(String a, String b) {
        Objects.requireNonNull(a, "field name a");
        Objects.requireNonNull(b, "field name b");
        return judge(analyzer.analyse(a), analyzer.analyse(b));
    }

    /** Existing fields that ask for the same number as {@code field}, best first. */
    public List<Candidate> findDuplicates(String field, Collection<String> existing) {
        return findSimilar(field, existing, THRESHOLD);
    }

    /**
     * Existing fields scoring at least {@code minScore}, best first. Below {@link #THRESHOLD} they
     * are look-alikes the form designer should be warned about (reason "口径不同：户籍 vs 常住").
     */
    public List<Candidate> findSimilar(String field, Collection<String> existing, double minScore) {
        FieldAnalysis drafted = analyzer.analyse(Objects.requireNonNull(field, "field"));
        return existing.stream()
                .map(name -> new Candidate(name, judge(drafted, analyzer.analyse(name))))
                .filter(candidate -> candidate.score() >= minScore)
                .sorted(Comparator.comparingDouble(Candidate::score).reversed())
                .toList();
    }

    /** The registry indicator a field name asks for, if one matches (best score wins). */
    public Optional<Indicator> findIndicator(String field) {
        FieldAnalysis drafted = analyzer.analyse(Objects.requireNonNull(field, "field"));
        Indicator best = null;
        double bestScore = -1;
        for (RegisteredName name : registeredNames) {
            MatchResult result = judge(drafted, name.analysis());
            if (result.same() && result.score() > bestScore) {
                best = name.indicator();
                bestScore = result.score();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The existing fields analysed once and indexed, for drafting many fields against them: only
     * fields sharing a head bigram or a registry indicator with the drafted one are compared.
     */
    public FieldIndex index(Collection<String> existing) {
        return new FieldIndex(this, existing);
    }

    RegistryIndex registry() {
        return registry;
    }

    FieldAnalyzer analyzer() {
        return analyzer;
    }

    /** How the matcher reads a name; for explaining decisions in the UI. */
    public FieldAnalysis analyse(String name) {
        return analyzer.analyse(name);
    }
}
