package org.jianfu.indicators.matching;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jianfu.indicators.matching.analysis.FieldAnalysis;
import org.jianfu.indicators.matching.analysis.FieldAnalyzer;
import org.jianfu.indicators.matching.analysis.Lexicon;

/**
 * Decides whether two 一表通 field names ask for the same number, using only what the product
 * ships: its synonym, qualifier and unit lists and its indicator registry. Thread-safe.
 */
public final class FieldMatcher {

    /** A pair is the same indicator exactly when its score reaches this. */
    public static final double THRESHOLD = 0.6;

    private final FieldAnalyzer analyzer;
    private final RegistryIndex registry;

    private FieldMatcher(Lexicon lexicon, List<Indicator> registry) {
        this.analyzer = new FieldAnalyzer(lexicon);
        this.registry = new RegistryIndex(registry, analyzer, lexicon);
    }

    /** The matcher the product uses: shipped lexicon and shipped registry seed. */
    public static FieldMatcher withShippedLexicon() {
        return new FieldMatcher(Lexicon.shipped(), IndicatorRegistrySeed.load());
    }

    /** Same lexicon, but the app's current registry (seed plus indicators added since). */
    public static FieldMatcher withRegistry(List<Indicator> registry) {
        return new FieldMatcher(Lexicon.shipped(), registry);
    }

    public MatchResult match(String a, String b) {
        Objects.requireNonNull(a, "field name a");
        Objects.requireNonNull(b, "field name b");
        return FieldComparison.compare(analyzer.analyse(a), analyzer.analyse(b), registry);
    }

    /** Existing fields that ask for the same number as {@code field}, best first. */
    public List<Candidate> findDuplicates(String field, Collection<String> existing) {
        FieldAnalysis drafted = analyzer.analyse(field);
        return existing.stream()
                .map(name -> new Candidate(name, FieldComparison.compare(drafted, analyzer.analyse(name), registry)))
                .filter(candidate -> candidate.result().same())
                .sorted(Comparator.comparingDouble(Candidate::score).reversed())
                .toList();
    }

    /** How the matcher reads a name; for explaining decisions in the UI. */
    public FieldAnalysis analyse(String name) {
        return analyzer.analyse(name);
    }
}
