package org.jianfu.indicators.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Random names built from real indicator vocabulary: no exception, symmetric, score in range. */
class MatcherPropertiesTests {

    private static final List<String> PIECES = List.of(
            "低保", "户", "人", "数", "数量", "常住", "户籍", "人口", "当月", "累计", "新增", "存栏", "出栏",
            "生猪", "耕地", "面积", "（亩）", "（公顷）", "（户）", "(人)", "男性", "60岁以上", "计划", "未",
            "合作社", "率", "总", " ", "（", "）", "、", "0-6岁", "万元", "收入", "特困", "供养", "监测");

    private final FieldMatcher matcher = FieldMatcher.withShippedLexicon();

    @Test
    void randomNamesNeverBreakTheMatcher() {
        Random random = new Random(20261125);
        for (int i = 0; i < 3000; i++) {
            String a = randomName(random);
            String b = randomName(random);
            MatchResult forward = matcher.match(a, b);
            MatchResult backward = matcher.match(b, a);

            assertThat(forward.score()).as(a + " / " + b).isBetween(0.0, 1.0);
            assertThat(forward.same()).as(a + " / " + b).isEqualTo(backward.same());
            assertThat(forward.score()).as(a + " / " + b).isEqualTo(backward.score());
            assertThat(forward.same()).isEqualTo(forward.score() >= FieldMatcher.THRESHOLD);
            assertThat(forward.reason()).isNotBlank();
        }
    }

    @Test
    void everyNameMatchesItself() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            String name = randomName(random);
            assertThat(matcher.match(name, name).same()).as(name).isTrue();
        }
    }

    private static String randomName(Random random) {
        StringBuilder name = new StringBuilder();
        int pieces = 1 + random.nextInt(5);
        for (int i = 0; i < pieces; i++) {
            name.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return name.toString();
    }
}
