package org.jianfu.reuse.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PieceMergingTests {

    private final PieceMerging merging = new PieceMerging(64, 400);

    @Test
    void piecesSplitByAnEditedSentenceAreReportedOnce() {
        List<Piece> merged = merging.merge(List.of(new Piece(0, 100, 1000, 1100, 20), new Piece(140, 300, 1150, 1310, 30)));

        assertThat(merged).containsExactly(new Piece(0, 300, 1000, 1310, 50));
    }

    @Test
    void reorderedSentencesOfOnePassageAreReportedOnce() {
        List<Piece> merged = merging.merge(List.of(
                new Piece(0, 60, 120, 180, 12), new Piece(62, 120, 0, 58, 11), new Piece(122, 182, 60, 120, 12)));

        assertThat(merged).containsExactly(new Piece(0, 182, 0, 180, 35));
    }

    @Test
    void distantStretchesFromElsewhereInTheSourceStayApart() {
        List<Piece> merged = merging.merge(List.of(new Piece(0, 100, 0, 100, 20), new Piece(500, 600, 2000, 2100, 20)));

        assertThat(merged).hasSize(2);
    }

    @Test
    void aCopyContinuingOnTheSameDiagonalAcrossBoilerplateStaysWhole() {
        List<Piece> merged = merging.merge(List.of(new Piece(0, 100, 30, 130, 20), new Piece(500, 600, 532, 632, 20)));

        assertThat(merged).containsExactly(new Piece(0, 600, 30, 632, 40));
    }

    @Test
    void aPhraseTheSourceRepeatsElsewhereDoesNotPullThePassageAway() {
        List<Piece> merged = merging.merge(List.of(new Piece(0, 200, 1000, 1200, 40), new Piece(150, 190, 3000, 3040, 5),
                new Piece(210, 400, 1210, 1400, 38)));

        assertThat(merged).containsExactly(new Piece(0, 400, 1000, 1400, 78));
    }

    @Test
    void aPhraseTheQueryRepeatsIsNotJoinedToTheSameSourceStretch() {
        List<Piece> merged = merging.merge(List.of(new Piece(0, 40, 200, 240, 9), new Piece(50, 90, 200, 240, 9)));

        assertThat(merged).containsExactly(new Piece(0, 40, 200, 240, 9));
    }

    @Test
    void similarityCountsSeedsAgainstTheWinnowingDensity() {
        // w = 8 keeps 2/9 of the shingles: 100 characters, k = 8, expect about 20.4 seeds
        assertThat(new Piece(0, 100, 0, 100, 21).similarity(8, 8)).isEqualTo(1.0);
        assertThat(new Piece(0, 100, 0, 100, 10).similarity(8, 8)).isBetween(0.48, 0.5);
    }
}
