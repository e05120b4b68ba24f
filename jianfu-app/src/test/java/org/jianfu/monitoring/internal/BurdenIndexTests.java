package org.jianfu.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index arithmetic on cases computed by hand with the default weights (docs/burden-index.md). */
class BurdenIndexTests {

    static final BurdenSettings.Weights DEFAULTS = new BurdenSettings.Weights(1.0, 0.2, 1.0, 0.5, 0.5, 3.0, 0.5, 0.02, 1.0, 2.0);
    static final BurdenSettings SETTINGS = new BurdenSettings(0.30, DEFAULTS);

    @Test
    void aMonthWithEveryKindOfBurden() {
        Map<BurdenKind, Amount> month = new EnumMap<>(BurdenKind.class);
        month.put(BurdenKind.DOCUMENT, new Amount(10, 25_000));   // 10 × 1.0 + 25 × 0.2 = 15
        month.put(BurdenKind.MEETING, new Amount(4, 6));          // 4 × 1.0 + 6 × 0.5 = 7
        month.put(BurdenKind.TRAVEL, new Amount(4, 8));           // 8 × 0.5 = 4
        month.put(BurdenKind.INSPECTION, new Amount(1, 0));       // 1 × 3.0 = 3
        month.put(BurdenKind.FORM, new Amount(2, 150));           // 2 × 0.5 + 150 × 0.02 = 4
        month.put(BurdenKind.PAPER_TRAIL, new Amount(3, 0));      // 3
        month.put(BurdenKind.OFF_LIST_TASK, new Amount(1, 0));    // 2
        assertThat(BurdenIndex.of(month, DEFAULTS)).isCloseTo(38.0, within(1e-9));
        // a year of it spread over two villages: 38 / 2 / 12 = 1.5833…
        assertThat(BurdenIndex.mean(month, DEFAULTS, 2, 12)).isEqualTo(1.58);
    }

    @Test
    void weightsComeFromConfigurationAndNothingIsZero() {
        Map<BurdenKind, Amount> docs = Map.of(BurdenKind.DOCUMENT, new Amount(2, 5000));
        var heavierText = new BurdenSettings.Weights(1.0, 1.0, 1.0, 0.5, 0.5, 3.0, 0.5, 0.02, 1.0, 2.0);
        assertThat(BurdenIndex.of(docs, DEFAULTS)).isCloseTo(3.0, within(1e-9));      // 2 + 5 × 0.2
        assertThat(BurdenIndex.of(docs, heavierText)).isCloseTo(7.0, within(1e-9));   // 2 + 5 × 1.0
        assertThat(BurdenIndex.of(Map.of(), DEFAULTS)).isZero();
        assertThat(BurdenIndex.mean(docs, DEFAULTS, 0, 12)).isZero();
    }

    @Test
    void theTargetIsThirtyPercentBelowTheBaseYear() {
        assertThat(SETTINGS.target(200)).isEqualTo(140);
        assertThat(SETTINGS.target(7)).isEqualTo(4);     // 4.9 rounds down: 5 would be a cut of only 28.6 %
        assertThat(SETTINGS.target(10)).isEqualTo(7);
        assertThat(BurdenFigures.targetRow(SETTINGS, "公文", 200, 140)).containsExactly("公文", 200L, 140L, 140L, -30.0, "达标");
        assertThat(BurdenFigures.targetRow(SETTINGS, "会议", 10, 8)).containsExactly("会议", 10L, 8L, 7L, -20.0, "未达标");
        assertThat(BurdenFigures.targetRow(SETTINGS, "督查", 0, 3)).containsExactly("督查", 0L, 3L, 0L, "—", "无基数");
    }
}
