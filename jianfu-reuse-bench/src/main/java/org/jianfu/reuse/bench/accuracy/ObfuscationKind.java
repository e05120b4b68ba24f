package org.jianfu.reuse.bench.accuracy;

import java.util.List;
import java.util.Random;

/** The kinds of query in the benchmark, each with how it changes a copied passage. */
enum ObfuscationKind {
    VERBATIM(List.of()),
    PUNCTUATION(List.of(new PunctuationNoise())),
    PLACE_NAMES(List.of(new PlaceNameSwap())),
    RENUMBERING(List.of(new Renumbering())),
    EDITS(List.of(new CharacterEdits(0.04))),
    REORDERING(List.of(new SentenceReordering())),
    COMBINED(List.of(new PlaceNameSwap(), new Renumbering(), new CharacterEdits(0.02), new PunctuationNoise())),
    EDITS_7(List.of(new CharacterEdits(0.07))),
    EDITS_10(List.of(new CharacterEdits(0.10))),
    SYNONYMS(List.of(new SynonymSwap())),
    CLAUSE_INSERTION(List.of(new ClauseInsertion())),
    MERGE_SPLIT(List.of(new MergeSplit())),
    /** The real thing, light rewording: names, words, clauses, sentence joins and a few typos at once. */
    REWORDED(List.of(new PlaceNameSwap(), new SynonymSwap(), new ClauseInsertion(), new MergeSplit(),
            new CharacterEdits(0.03))),
    /** Copied verbatim from a law whose near-identical twin (another city's template) is indexed too. */
    TWINS(List.of()),
    WHOLE_COPY(List.of(new PlaceNameSwap())),
    NEGATIVE(List.of());

    private final List<Obfuscator> steps;

    ObfuscationKind(List<Obfuscator> steps) {
        this.steps = steps;
    }

    String apply(String passage, Random random) {
        String result = passage;
        for (Obfuscator step : steps) {
            result = step.apply(result, random);
        }
        return result;
    }
}
