package org.jianfu.reuse.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextNormalizerTests {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void dropsNumberingAndMergesTheProvincialGovernmentIntoOnePlaceholder() {
        MappedText text = normalizer.normalize("第十二条　甘肃省人民政府应当加强管理。");

        assertThat(readable(text)).isEqualTo("◇应当加强管理");
        assertThat(text.startAt(0)).isEqualTo(5);
        assertThat(text.endAt(0)).isEqualTo(12);
        assertThat(text.startAt(1)).isEqualTo(12);
        assertThat(text.endAt(6)).isEqualTo(18);
    }

    @Test
    void listNumberingInEveryStyleIsDropped() {
        MappedText text = normalizer.normalize("一、总则\n（一）适用范围\n1. 内容（1）说明");

        assertThat(readable(text)).isEqualTo("总则适用范围内容说明");
        assertThat(text.starts()).containsExactly(2, 3, 8, 9, 10, 11, 16, 17, 21, 22);
    }

    @Test
    void articleReferencesLoseTheirNumberButOrdinaryNumbersStay() {
        assertThat(readable(normalizer.normalize("依照本法第二百九十九条规定"))).isEqualTo("依照本法规定");
        assertThat(readable(normalizer.normalize("2019年1.5元①项"))).isEqualTo("2019年15元项");
    }

    @Test
    void traditionalCharactersAndWidthsFold() {
        assertThat(readable(normalizer.normalize("國務院關於加強條例"))).isEqualTo("◇关于加强条例");
        assertThat(readable(normalizer.normalize("ＡＢＣ１２３，Ｘｙｚ"))).isEqualTo("abc123xyz");
    }

    @Test
    void swappedPlaceNamesNormaliseAlike() {
        assertThat(readable(normalizer.normalize("全省各级人民政府")))
                .isEqualTo(readable(normalizer.normalize("全市各级人民政府")))
                .isEqualTo("◇各级人民政府");
        assertThat(readable(normalizer.normalize("甘肃省人民政府负责")))
                .isEqualTo(readable(normalizer.normalize("上海市人民政府负责")))
                .isEqualTo(readable(normalizer.normalize("国务院负责")))
                .isEqualTo(readable(normalizer.normalize("本市负责")));
        assertThat(readable(normalizer.normalize("各省、自治区、直辖市人民政府"))).isEqualTo("◇");
        assertThat(readable(normalizer.normalize("兰州市城关区人民政府"))).isEqualTo("◇");
    }

    @Test
    void wordsWithAnAdministrativeCharacterAreKept() {
        assertThat(readable(normalizer.normalize("市场监督管理部门"))).isEqualTo("市场监督管理部门");
        assertThat(readable(normalizer.normalize("节省开支"))).isEqualTo("节省开支");
    }

    @Test
    void offsetsCountCodePointsNotCharsAroundSupplementaryCharacters() {
        String original = "𠀀管理，𠀁办法";
        MappedText text = normalizer.normalize(original);

        assertThat(text.length()).isEqualTo(6);
        assertThat(text.startAt(3)).isEqualTo(4); // 𠀁 after "𠀀管理，"
        assertThat(cut(original, text.startAt(3), text.endAt(5))).isEqualTo("𠀁办法");
    }

    @Test
    void randomTextMapsBackToOrderedOriginalStretches() {
        String alphabet = "的一是在不了有和人这中大为上个国我以要他时来用们省市县区全本第条章、，。；（）()1234567890"
                + "ＡＢａｂ　 \n國務條例甘肃上海人民政府①⑴㈠𠀀é";
        int[] pool = alphabet.codePoints().toArray();
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            StringBuilder original = new StringBuilder();
            int length = random.nextInt(80);
            for (int i = 0; i < length; i++) {
                original.appendCodePoint(pool[random.nextInt(pool.length)]);
            }
            String source = original.toString();
            int codePoints = source.codePointCount(0, source.length());
            MappedText text = normalizer.normalize(source);
            int previousStart = 0;
            for (int i = 0; i < text.length(); i++) {
                assertThat(text.startAt(i)).isGreaterThanOrEqualTo(previousStart);
                assertThat(text.endAt(i)).isGreaterThan(text.startAt(i)).isLessThanOrEqualTo(codePoints);
                assertThat(text.codePointAt(i) == AdministrativeNames.PLACEHOLDER
                        || Character.isLetterOrDigit(text.codePointAt(i))).isTrue();
                previousStart = text.startAt(i);
            }
            assertThat(normalizer.normalize(source).toString()).isEqualTo(text.toString());
        }
    }

    static String readable(MappedText text) {
        return text.toString().replace((char) AdministrativeNames.PLACEHOLDER, '◇');
    }

    static String cut(String original, int start, int end) {
        int from = original.offsetByCodePoints(0, start);
        return original.substring(from, original.offsetByCodePoints(from, end - start));
    }
}
