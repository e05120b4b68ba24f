package org.jianfu.reuse.engine.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import org.jianfu.reuse.engine.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class TextUnitsTests {

    @Test
    void cutsAtSentenceEndsAndKeepsEachUnitsDistinctBigrams() {
        String text = "对于依法举行的集会，主管机关应当派出人民警察维持秩序。公安机关应当保障集会的顺利进行。";
        TextUnits units = TextUnits.of(text, new TextNormalizer().normalize(text));

        assertThat(units.count()).isEqualTo(2);
        assertThat(units.length(0)).isEqualTo("对于依法举行的集会主管机关应当派出人民警察维持秩序".length());
        // 应当 occurs once per unit; the second unit 公安机关应当保障集会的顺利进行 has 14 bigrams, all distinct
        assertThat(units.bigrams()[1]).hasSize(14).isSorted();
        assertThat(units.unitAt(units.end(0))).isEqualTo(1);
    }
}
