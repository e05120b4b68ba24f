package org.jianfu.quota.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The arithmetic of both rule styles. */
class QuotaRuleTests {

    static QuotaRule cut(int base, int percent) {
        return new QuotaRule(1, "62", "甘肃省", 2019, QuotaRule.Style.CUT_FROM_BASE, base, percent, "");
    }

    static final QuotaRule NO_INCREASE = new QuotaRule(2, "62", "甘肃省", 2024, QuotaRule.Style.NO_INCREASE, null, null, "");

    @Test
    void cuttingThirtyPercentRoundsDown() {
        assertThat(cut(2018, 30).limit(60)).isEqualTo(42);
        assertThat(cut(2018, 30).limit(10)).isEqualTo(7);
        assertThat(cut(2018, 30).limit(7)).isEqualTo(4);
        assertThat(cut(2018, 30).limit(1)).isZero();
        assertThat(cut(2018, 30).limit(0)).isZero();
        assertThat(cut(2018, 0).limit(13)).isEqualTo(13);
        assertThat(cut(2018, 100).limit(13)).isZero();
        assertThat(cut(2018, 30).referenceYear()).isEqualTo(2018);
        assertThat(cut(2018, 30).describe(60)).isEqualTo("比 2018 年压减 30%（基数 60 件）");
    }

    @Test
    void noIncreaseMeansAtMostLastYear() {
        assertThat(NO_INCREASE.referenceYear()).isEqualTo(2023);
        assertThat(NO_INCREASE.limit(35)).isEqualTo(35);
        assertThat(NO_INCREASE.limit(0)).isZero();
        assertThat(NO_INCREASE.describe(35)).isEqualTo("只减不增：不超过上年（2023 年 35 件）");
    }

    @Test
    void aYearWithoutARuleOfItsOwnHasTheStandingRuleAndSaysSo() {
        QuotaRule standing = QuotaRule.standing(2027);
        assertThat(standing.isStanding()).isTrue();
        assertThat(standing.referenceYear()).isEqualTo(2026);
        assertThat(standing.limit(12)).isEqualTo(12);
        assertThat(standing.describe(12)).isEqualTo("本地区 2027 年未设发文限额，按常设规则只减不增：不超过上年（2026 年 12 件）");
        assertThat(NO_INCREASE.isStanding()).isFalse();
    }
}
