package org.jianfu.indicators.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jianfu.indicators.matching.bench.BigramBaseline;
import org.jianfu.indicators.matching.bench.Confusion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Guards the benchmark figures: no false merges and F1 ≥ 0.90 on every labelled set. */
class LabelledPairsTests {

    record LabelledPair(String a, String b, boolean same) {
    }

    private final FieldMatcher matcher = FieldMatcher.withShippedLexicon();

    @ParameterizedTest
    @ValueSource(strings = {"dev-pairs.tsv", "heldout-pairs.tsv", "challenge-pairs.tsv", "blind-pairs.tsv", "blind2-pairs.tsv", "blind3-pairs.tsv", "blind4-pairs.tsv", "blind5-pairs.tsv", "blind6-pairs.tsv", "blind7-pairs.tsv", "blind8-pairs.tsv", "blind9-pairs.tsv", "blind10-pairs.tsv", "sourced1-pairs.tsv", "sourced2-pairs.tsv", "sourced4-pairs.tsv"})
    void matcherMakesNoFalseMergesAndBeatsTheBaseline(String file) throws IOException {
        List<LabelledPair> pairs = read("/pairs/" + file);
        Confusion forMatcher = Confusion.empty();
        Confusion forBaseline = Confusion.empty();
        BigramBaseline baseline = new BigramBaseline(BigramBaseline.DEFAULT_THRESHOLD);
        List<String> falseMerges = new ArrayList<>();
        for (LabelledPair pair : pairs) {
            MatchResult result = matcher.match(pair.a(), pair.b());
            forMatcher = forMatcher.add(result.same(), pair.same());
            forBaseline = forBaseline.add(baseline.same(pair.a(), pair.b()), pair.same());
            if (result.same() && !pair.same()) {
                falseMerges.add(pair.a() + " = " + pair.b() + " (" + result.reason() + ")");
            }
        }

        assertThat(falseMerges).isEmpty();
        assertThat(forMatcher.f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(forMatcher.f1()).isGreaterThan(forBaseline.f1());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev-pairs.tsv", "heldout-pairs.tsv", "challenge-pairs.tsv", "blind-pairs.tsv", "blind2-pairs.tsv", "blind3-pairs.tsv", "blind4-pairs.tsv", "blind5-pairs.tsv", "blind6-pairs.tsv", "blind7-pairs.tsv", "blind8-pairs.tsv", "blind9-pairs.tsv", "blind10-pairs.tsv", "sourced1-pairs.tsv", "sourced2-pairs.tsv", "sourced4-pairs.tsv"})
    void labelledSetsAreBalancedEnoughToMeasure(String file) throws IOException {
        List<LabelledPair> pairs = read("/pairs/" + file);

        assertThat(pairs.stream().filter(LabelledPair::same).count()).isGreaterThan(pairs.size() / 10);
        assertThat(pairs.stream().filter(pair -> !pair.same()).count()).isGreaterThan(pairs.size() / 10);
    }

    private static List<LabelledPair> read(String resource) throws IOException {
        try (InputStream in = LabelledPairsTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(lines.getFirst()).startsWith("a\tb\tsame");
            return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
                String[] cells = line.split("\t", -1);
                assertThat(cells[2]).as(line).isIn("true", "false");
                return new LabelledPair(cells[0], cells[1], Boolean.parseBoolean(cells[2]));
            }).toList();
        }
    }
}
