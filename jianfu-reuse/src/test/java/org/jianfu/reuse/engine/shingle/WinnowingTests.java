package org.jianfu.reuse.engine.shingle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WinnowingTests {

    @Test
    void everyWindowHoldsASelectedPosition() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            int window = 1 + random.nextInt(12);
            int[] hashes = random.ints(random.nextInt(300), 0, 50).toArray();
            Fingerprints selected = new Winnowing(window).select(hashes);
            Set<Integer> positions = new HashSet<>();
            for (int i = 0; i < selected.count(); i++) {
                positions.add(selected.positions()[i]);
                assertThat(selected.hashes()[i]).isEqualTo(hashes[selected.positions()[i]]);
                if (i > 0) {
                    assertThat(selected.positions()[i]).isGreaterThan(selected.positions()[i - 1]);
                }
            }
            for (int start = 0; start + window <= hashes.length; start++) {
                boolean covered = false;
                for (int p = start; p < start + window; p++) {
                    covered |= positions.contains(p);
                }
                assertThat(covered).as("window at %d", start).isTrue();
            }
        }
    }

    @Test
    void selectsTheRightmostMinimumOfEachWindow() {
        Fingerprints selected = new Winnowing(3).select(new int[] {5, 1, 1, 7, 8, 9, 2});

        assertThat(java.util.Arrays.copyOf(selected.positions(), selected.count())).containsExactly(2, 3, 6);
    }

    @Test
    void equalShinglesHashEquallyWhereverTheyAre() {
        ShingleHashes shingles = new ShingleHashes(4);
        int[] text = "甲乙丙丁戊甲乙丙丁".codePoints().toArray();
        int[] hashes = shingles.hashes(text, text.length);

        assertThat(hashes).hasSize(6);
        assertThat(hashes[0]).isEqualTo(hashes[5]);
        assertThat(hashes[0]).isNotEqualTo(hashes[1]);
        assertThat(shingles.hashes(text, 3)).isEmpty();
    }

    @Test
    void rejectsNonsenseSizes() {
        assertThatThrownBy(() -> new Winnowing(0)).hasMessageContaining("window");
        assertThatThrownBy(() -> new ShingleHashes(1)).hasMessageContaining("shingleLength");
    }
}
