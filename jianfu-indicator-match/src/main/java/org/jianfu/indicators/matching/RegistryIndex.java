package org.jianfu.indicators.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jianfu.indicators.matching.analysis.Dimension;
import org.jianfu.indicators.matching.analysis.FieldAnalysis;
import org.jianfu.indicators.matching.analysis.FieldAnalyzer;
import org.jianfu.indicators.matching.analysis.Lexicon;
import org.jianfu.indicators.matching.analysis.UnitOfMeasure;

/**
 * Registry names and aliases by analysed signature: two fields that land on one registry
 * indicator are the same indicator even when no synonym rule links their words. A signature
 * leaves units aside, so a field only lands on an indicator whose unit it could be reported in
 * (医保参保人数 never lands on 城乡居民医保参保率).
 */
final class RegistryIndex {

    private record Entry(Indicator indicator, Dimension dimension) {

        boolean accepts(FieldAnalysis field) {
            return dimension == null || field.dimension() == null || dimension.compatibleWith(field.dimension());
        }
    }

    private final Map<String, List<Entry>> bySignature = new HashMap<>();

    RegistryIndex(List<Indicator> indicators, FieldAnalyzer analyzer, Lexicon lexicon) {
        for (Indicator indicator : indicators) {
            FieldAnalysis name = analyzer.analyse(indicator.name());
            Dimension dimension = lexicon.unit(indicator.unitOfMeasure())
                    .map(UnitOfMeasure::dimension).orElse(name.dimension());
            add(name, new Entry(indicator, dimension));
            for (String alias : indicator.aliases()) {
                add(analyzer.analyse(alias), new Entry(indicator, dimension));
            }
        }
    }

    private void add(FieldAnalysis field, Entry entry) {
        List<Entry> listed = bySignature.computeIfAbsent(field.signature(), key -> new ArrayList<>());
        if (!listed.contains(entry)) {
            listed.add(entry);
        }
    }

    /**
     * The one registry indicator both fields name, if there is exactly one; a name that is not
     * listed as written may land on an indicator once the qualifiers an unqualified name means
     * anyway are set aside (全年出栏生猪 → 生猪出栏). Used only after the contrast axes agreed.
     */
    Optional<Indicator> shared(FieldAnalysis a, FieldAnalysis b) {
        return shared(looselyFor(a), looselyFor(b));
    }

    /** The indicator both names are listed under, name or alias exactly as analysed, qualifiers and all. */
    Optional<Indicator> listedTogether(FieldAnalysis a, FieldAnalysis b) {
        return shared(indicatorsFor(a), indicatorsFor(b));
    }

    private static Optional<Indicator> shared(List<Indicator> left, List<Indicator> right) {
        List<Indicator> both = right.stream().filter(left::contains).distinct().toList();
        return both.size() == 1 ? Optional.of(both.getFirst()) : Optional.empty();
    }

    private List<Indicator> looselyFor(FieldAnalysis field) {
        List<Indicator> exact = indicatorsFor(field);
        if (!exact.isEmpty()) {
            return exact;
        }
        return bySignature.getOrDefault(field.plainSignature(), List.of()).stream()
                .filter(entry -> entry.accepts(field))
                .map(Entry::indicator)
                .toList();
    }

    /**
     * Two different registry indicators when each field lands on its own and they share none:
     * the registry then says the names are different data (乡镇级合计 counts 街道, 乡镇数 does not).
     */
    Optional<List<Indicator>> distinct(FieldAnalysis a, FieldAnalysis b) {
        List<Indicator> left = indicatorsFor(a);
        List<Indicator> right = indicatorsFor(b);
        if (left.isEmpty() || right.isEmpty() || left.stream().anyMatch(right::contains)) {
            return Optional.empty();
        }
        return Optional.of(List.of(left.getFirst(), right.getFirst()));
    }

    List<Indicator> indicatorsFor(FieldAnalysis field) {
        return bySignature.getOrDefault(field.signature(), List.of()).stream()
                .filter(entry -> entry.accepts(field))
                .map(Entry::indicator)
                .toList();
    }
}
