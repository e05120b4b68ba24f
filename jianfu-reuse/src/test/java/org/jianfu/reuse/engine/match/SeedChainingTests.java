package org.jianfu.reuse.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedChainingTests {

    private final SeedChaining chaining = new SeedChaining(8, 48, 12);

    @Test
    void noSeedsNoPieces() {
        assertThat(chaining.chain(new long[0])).isEmpty();
    }

    @Test
    void aLoneSeedIsAPieceOfOneShingle() {
        assertThat(chaining.chain(pairs(10, 100))).containsExactly(new Piece(10, 18, 100, 108, 1));
    }

    @Test
    void seedsOnOneDiagonalWithGapsFromEditsFormOnePiece() {
        List<Piece> pieces = chaining.chain(pairs(0, 500, 4, 504, 9, 509, 40, 540, 70, 568));

        assertThat(pieces).containsExactly(new Piece(0, 78, 500, 576, 5));
    }

    @Test
    void aGapLargerThanMaxGapSplits() {
        List<Piece> pieces = chaining.chain(pairs(0, 0, 5, 5, 100, 100, 105, 105));

        assertThat(pieces).containsExactlyInAnyOrder(new Piece(0, 13, 0, 13, 2), new Piece(100, 113, 100, 113, 2));
    }

    @Test
    void aMovedSentenceStartsAnotherPiece() {
        List<Piece> pieces = chaining.chain(pairs(0, 300, 5, 305, 10, 0, 15, 5));

        assertThat(pieces).containsExactlyInAnyOrder(new Piece(0, 13, 300, 313, 2), new Piece(10, 23, 0, 13, 2));
    }

    @Test
    void aRepeatedSourcePhraseDoesNotPullTheChainOffItsDiagonal() {
        // query 10 matches both source 110 (the copy) and 900 (the same phrase elsewhere)
        List<Piece> pieces = chaining.chain(pairs(0, 100, 10, 110, 10, 900, 20, 120));

        assertThat(pieces).contains(new Piece(0, 28, 100, 128, 3));
    }

    static long[] pairs(int... queryAndSource) {
        SeedPairs pairs = new SeedPairs();
        for (int i = 0; i < queryAndSource.length; i += 2) {
            pairs.add(queryAndSource[i], queryAndSource[i + 1]);
        }
        return pairs.sorted();
    }
}
