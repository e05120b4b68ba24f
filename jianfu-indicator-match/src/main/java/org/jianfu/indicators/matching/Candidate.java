package org.jianfu.indicators.matching;

/** An existing field that asks for the same number as a drafted one. */
public record Candidate(String existingField, MatchResult result) {

    public double score() {
        return result.score();
    }
}
