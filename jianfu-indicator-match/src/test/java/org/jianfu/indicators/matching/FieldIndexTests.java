package org.jianfu.indicators.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The index finds every 同一指标 and 可能相同 that comparing with every name finds. */
class FieldIndexTests {

    private final FieldMatcher matcher = FieldMatcher.withShippedLexicon();

    @Test
    void indexedSearchLosesNoSameOrMaybeAnswer() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (String file : List.of("sourced1-pairs.tsv", "sourced2-pairs.tsv", "blind10-pairs.tsv", "dev-pairs.tsv")) {
            for (String[] row : rows("/pairs/" + file)) {
                names.add(row[0]);
                names.add(row[1]);
            }
        }
        IndicatorRegistrySeed.load().forEach(indicator -> names.add(indicator.name()));
        List<String> existing = new ArrayList<>(names);
        FieldIndex index = matcher.index(existing);

        List<String> lost = new ArrayList<>();
        for (String drafted : existing.subList(0, 120)) {
            List<String> everyName = matcher.findSimilar(drafted, existing, 0).stream()
                    .filter(c -> c.result().tier() != Tier.DIFFERENT).map(Candidate::existingField).toList();
            List<String> indexed = index.findDuplicatesAndMaybes(drafted).stream().map(Candidate::existingField).toList();
            everyName.stream().filter(name -> !indexed.contains(name)).forEach(name -> lost.add(drafted + " / " + name));
        }
        assertThat(lost).isEmpty();
    }

    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = FieldIndexTests.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank()).map(line -> line.split("\t", -1)).toList();
        }
    }
}
