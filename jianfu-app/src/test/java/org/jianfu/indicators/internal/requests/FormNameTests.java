package org.jianfu.indicators.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.jianfu.indicators.matching.Tier;
import org.junit.jupiter.api.Test;

/** A recurring form is one form in the duplicate warning; a 可能相同 reason reads as a doubt. */
class FormNameTests {

    @Test
    void thePeriodInATitleIsNotPartOfTheFormsName() {
        assertThat(DuplicateFinder.formName("2019年第1季度民政对象统计表")).isEqualTo("民政对象统计表");
        assertThat(DuplicateFinder.formName("2032年3月测试：养老与救助统计表")).isEqualTo("测试：养老与救助统计表");
        assertThat(DuplicateFinder.formName("2020年度农村基本情况统计表")).isEqualTo("农村基本情况统计表");
        assertThat(DuplicateFinder.formName("农业生产情况表（2019年上半年）")).isEqualTo("农业生产情况表");
        assertThat(DuplicateFinder.formName("测试：民政低保与人口统计表")).isEqualTo("测试：民政低保与人口统计表");
        assertThat(DuplicateFinder.formName("2019年")).isEqualTo("2019年");
    }

    @Test
    void reasonsAreListedOneByOneAndAMaybesObjectionReadsAsADoubt() {
        Duplicate same = duplicate("名称高度相近：同义词：低保 = 最低生活保障；指标相同：最低生活保障；单位可换算：亩 ↔ 公顷", Tier.SAME);
        assertThat(same.reasons()).containsExactly("同义词：低保 = 最低生活保障", "指标相同：最低生活保障", "单位可换算：亩 ↔ 公顷");
        Duplicate maybe = duplicate("可能相同，请确认：指标主体不同：养老服务机构床位 vs 养老床位", Tier.MAYBE);
        assertThat(maybe.reasons()).containsExactly("名称主体相近但不完全相同：养老服务机构床位 与 养老床位");
    }

    private static Duplicate duplicate(String reason, Tier tier) {
        return new Duplicate("养老床位数（张）", "城关区民政局", "养老统计表", "月报", reason, 0.3, "F:1", 1L, tier, 1);
    }

}
