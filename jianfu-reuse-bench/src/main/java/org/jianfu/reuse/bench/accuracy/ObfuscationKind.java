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
