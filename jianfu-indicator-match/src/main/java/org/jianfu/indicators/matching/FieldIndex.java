package org.jianfu.indicators.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jianfu.indicators.matching.analysis.FieldAnalysis;

/**
 * Existing field names, analysed once and posted under their keys: the bigrams (or the single
 * character) of the head, of the whole name when the head is only counting words, and the registry
 * indicators the name lands on. A drafted field is compared only with the names that share a key;
 * the others share no head character and no indicator, so the matcher could not call them the same
 * and their likeness is too low for 可能相同. Immutable once built; thread-safe.
 */
public final class FieldIndex {

    private final FieldMatcher matcher;
    private final List<String> names = new ArrayList<>();
    private final List<FieldAnalysis> analyses = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final List<Integer> keyCounts = new ArrayList<>();

    // Below this share of head bigrams two names are neither the same (their heads differ and no
    // registry indicator joins them) nor 可能相同 (PairScorer.MIN_HEAD_OVERLAP, with a small margin:
    // keys are distinct bigrams, the scorer's overlap counts repeats).
    private static final double MIN_SHARED_KEYS = 0.24;

    FieldIndex(FieldMatcher matcher, Collection<String> existing) {
        this.matcher = matcher;
        for (String name : new LinkedHashSet<>(existing)) {
            FieldAnalysis analysis = matcher.analyzer().analyse(name);
            int id = names.size();
            names.add(name);
            analyses.add(analysis);
            Set<String> keys = keys(analysis);
            keyCounts.add(headKeyCount(keys));
            for (String key : keys) {
                postings.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
            }
        }
    }

    public int size() {
        return names.size();
    }

    /** Existing fields scoring at least {@code minScore}, best first; as {@link FieldMatcher#findSimilar}. */
    public List<Candidate> findSimilar(String field, double minScore) {
        FieldAnalysis drafted = matcher.analyzer().analyse(Objects.requireNonNull(field, "field"));
        List<Candidate> found = new ArrayList<>();
        for (int id : candidates(drafted)) {
            MatchResult result = matcher.judge(drafted, analyses.get(id));
            if (result.score() >= minScore) {
                found.add(new Candidate(names.get(id), result));
            }
        }
        found.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return found;
    }

    /** How many existing names a drafted field is compared with (for the benchmark). */
    public int candidateCount(String field) {
        return candidates(matcher.analyzer().analyse(field)).size();
    }

    private List<Integer> candidates(FieldAnalysis drafted) {
        Set<String> draftedKeys = keys(drafted);
        Map<Integer, Integer> shared = new HashMap<>();
        Set<Integer> sameIndicator = new java.util.HashSet<>();
        for (String key : draftedKeys) {
            boolean indicator = key.startsWith("指标:");
            for (int id : postings.getOrDefault(key, List.of())) {
                shared.merge(id, 1, Integer::sum);
                if (indicator) {
                    sameIndicator.add(id);
                }
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (var entry : shared.entrySet()) {
            int id = entry.getKey();
            int sharedHeadKeys = entry.getValue() - (sameIndicator.contains(id) ? sharedIndicators(draftedKeys, id) : 0);
            double overlap = 2.0 * sharedHeadKeys / Math.max(1, headKeyCount(draftedKeys) + keyCounts.get(id));
            if (overlap >= MIN_SHARED_KEYS || sameIndicator.contains(id)) {
                kept.add(id);
            }
        }
        return kept;
    }

    /** Existing fields answered 同一指标 or 可能相同, best first. */
    public List<Candidate> findDuplicatesAndMaybes(String field) {
        return findSimilar(field, 0).stream().filter(c -> c.result().tier() != Tier.DIFFERENT).toList();
    }

    private static int headKeyCount(Set<String> keys) {
        return (int) keys.stream().filter(key -> !key.startsWith("指标:")).count();
    }

    private int sharedIndicators(Set<String> draftedKeys, int id) {
        int shared = 0;
        for (String key : draftedKeys) {
            if (key.startsWith("指标:") && postings.getOrDefault(key, List.of()).contains(id)) {
                shared++;
            }
        }
        return shared;
    }

    private Set<String> keys(FieldAnalysis analysis) {
        Set<String> keys = new LinkedHashSet<>();
        String head = analysis.core().isEmpty() ? analysis.normalised() : analysis.core();
        if (head.length() == 1) {
            keys.add(head);
        }
        for (int i = 0; i + 2 <= head.length(); i++) {
            keys.add(head.substring(i, i + 2));
        }
        for (Indicator indicator : matcher.registry().indicatorsFor(analysis)) {
            keys.add("指标:" + indicator.code());
        }
        return keys;
    }
}
