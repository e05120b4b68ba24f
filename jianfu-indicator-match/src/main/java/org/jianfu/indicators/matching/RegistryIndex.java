package org.jianfu.indicators.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jianfu.indicators.matching.analysis.FieldAnalysis;
import org.jianfu.indicators.matching.analysis.FieldAnalyzer;

/**
 * Registry names and aliases by analysed signature: two fields that land on one registry
 * indicator are the same indicator even when no synonym rule links their words. A signature
 * leaves units aside (户数 and 人口 share the empty head), so one may list several indicators;
 * the matcher has already rejected pairs whose units clash.
 */
final class RegistryIndex {

    private final Map<String, List<Indicator>> bySignature = new HashMap<>();

    RegistryIndex(List<Indicator> indicators, FieldAnalyzer analyzer) {
        for (Indicator indicator : indicators) {
            add(analyzer.analyse(indicator.name()), indicator);
            for (String alias : indicator.aliases()) {
                add(analyzer.analyse(alias), indicator);
            }
        }
    }

    private void add(FieldAnalysis field, Indicator indicator) {
        List<Indicator> listed = bySignature.computeIfAbsent(field.signature(), key -> new ArrayList<>());
        if (!listed.contains(indicator)) {
            listed.add(indicator);
        }
    }

    /** The one registry indicator both fields name, if there is exactly one. */
    Optional<Indicator> shared(FieldAnalysis a, FieldAnalysis b) {
        List<Indicator> left = bySignature.getOrDefault(a.signature(), List.of());
        List<Indicator> right = bySignature.getOrDefault(b.signature(), List.of());
        List<Indicator> both = left.stream().filter(right::contains).toList();
        return both.size() == 1 ? Optional.of(both.getFirst()) : Optional.empty();
    }
}
