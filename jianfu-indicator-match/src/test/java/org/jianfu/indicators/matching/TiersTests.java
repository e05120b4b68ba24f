package org.jianfu.indicators.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three answers: same only for 同一指标, 可能相同 for near paraphrases, never for a unit clash. */
class TiersTests {

    private final FieldMatcher matcher = FieldMatcher.withShippedLexicon();

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiterString = "|", textBlock = """
            低保户数 | 最低生活保障户数 | SAME
            城镇居民医疗救助人次 | 城镇医疗救助人次 | SAME
            敬老院床位数 | 敬老院养老床位数 | MAYBE
            低保户数 | 低保人数 | DIFFERENT
            耕地面积 | 村卫生室数 | DIFFERENT
            """)
    void tierAndSameAgree(String a, String b, Tier expected) {
        MatchResult result = matcher.match(a, b);

        assertThat(result.tier()).as(result.reason()).isEqualTo(expected);
        assertThat(result.same()).isEqualTo(expected == Tier.SAME);
        assertThat(result.score() >= FieldMatcher.THRESHOLD).isEqualTo(result.same());
    }
}
