package org.jianfu.indicators.matching.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfusionTests {

    @Test
    void computesPrecisionRecallF1AndFalseMerges() {
        Confusion c = Confusion.empty()
                .add(true, true).add(true, true).add(true, false)
                .add(false, true).add(false, false);

        assertThat(c.pairs()).isEqualTo(5);
        assertThat(c.falseMerges()).isEqualTo(1);
        assertThat(c.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(c.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(c.f1()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void baselineComparesCharacterBigrams() {
        BigramBaseline baseline = new BigramBaseline(0.5);

        assertThat(baseline.same("户籍人口", "常住人口")).isFalse();
        assertThat(baseline.same("生猪存栏", "生猪出栏")).isFalse();
        assertThat(baseline.same("耕地面积", "耕地 面积（亩）")).isTrue();
        assertThat(baseline.score("低保", "低保")).isEqualTo(1.0);
    }
}
