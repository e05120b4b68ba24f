package org.jianfu.indicators.matching.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jianfu.indicators.matching.FieldMatcher;
import org.jianfu.indicators.matching.PairScorer;
import org.jianfu.indicators.matching.analysis.TsvResource;
import org.junit.jupiter.api.Test;

/** The shipped scorer weights are what {@code indicators fit} gives on the files its header names. */
class ShippedWeightsTests {

    @Test
    void refittingOnTheNamedFilesReproducesTheShippedWeights() throws IOException {
        String header = String.join("\n", headerLines());
        Matcher budget = Pattern.compile("--maybe-share ([0-9.]+)").matcher(header);
        assertThat(budget.find()).as(header).isTrue();
        Matcher file = Pattern.compile("--pairs (\\S+)").matcher(header);
        FieldMatcher matcher = FieldMatcher.withShippedLexicon();
        List<double[]> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        while (file.find()) {
            for (String[] row : pairs("/pairs/" + file.group(1))) {
                features.add(matcher.features(row[0], row[1]));
                labels.add(Boolean.parseBoolean(row[2]));
            }
        }
        assertThat(features).hasSizeGreaterThan(1000);

        PairScorer refitted = ScorerFit.fit(features, labels, Double.parseDouble(budget.group(1)));
        PairScorer shipped = PairScorer.shipped();

        for (int i = 0; i < shipped.weights().length; i++) {
            assertThat(refitted.weights()[i]).isCloseTo(shipped.weights()[i], within(1e-5));
            assertThat(refitted.maybeWeights()[i]).isCloseTo(shipped.maybeWeights()[i], within(1e-5));
        }
        assertThat(refitted.maybeThreshold()).isCloseTo(shipped.maybeThreshold(), within(1e-4));
    }

    private static List<String> headerLines() throws IOException {
        try (InputStream in = ShippedWeightsTests.class.getClassLoader().getResourceAsStream(PairScorer.RESOURCE)) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("#")).toList();
        }
    }

    private static List<String[]> pairs(String resource) throws IOException {
        try (InputStream in = ShippedWeightsTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        }
    }
}
