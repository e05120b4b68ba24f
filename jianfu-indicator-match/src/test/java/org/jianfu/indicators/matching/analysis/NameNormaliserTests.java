package org.jianfu.indicators.matching.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormaliserTests {

    private final Lexicon lexicon = Lexicon.shipped();

    @Test
    void takesTheUnitOutOfFullWidthOrAsciiBrackets() {
        var fullWidth = NameNormaliser.normalise("耕地面积（亩）", lexicon);
        var ascii = NameNormaliser.normalise("耕地面积 (亩)", lexicon);
        var square = NameNormaliser.normalise("耕地面积【单位：亩】", lexicon);

        assertThat(fullWidth.text()).isEqualTo("耕地面积");
        assertThat(fullWidth.unit().name()).isEqualTo("亩");
        assertThat(ascii).isEqualTo(fullWidth);
        assertThat(square).isEqualTo(fullWidth);
    }

    @Test
    void takesUnitsWrittenAfterASeparatorOrStraightAfterAMeasureWord() {
        assertThat(NameNormaliser.normalise("耕地面积/亩", lexicon).unit().name()).isEqualTo("亩");
        assertThat(NameNormaliser.normalise("耕地面积，亩", lexicon).unit().name()).isEqualTo("亩");
        assertThat(NameNormaliser.normalise("耕地面积亩", lexicon).text()).isEqualTo("耕地面积");
        assertThat(NameNormaliser.normalise("森林覆盖率%", lexicon).unit().dimension()).isEqualTo(Dimension.RATE);
        assertThat(NameNormaliser.normalise("人口数量", lexicon).unit()).isNull();
    }

    @Test
    void writesChineseAgesInDigits() {
        assertThat(NameNormaliser.normalise("六十五周岁以上老人数", lexicon).text()).isEqualTo("65岁以上老人数");
        assertThat(NameNormaliser.normalise("一百岁以上老人数", lexicon).text()).isEqualTo("100岁以上老人数");
        assertThat(NameNormaliser.normalise("十八岁以下人口", lexicon).text()).isEqualTo("18岁以下人口");
    }

    @Test
    void keepsAnOptionalPartInsideTheNameApart() {
        assertThat(NameNormaliser.normalise("执业（助理）医师数", lexicon).text()).isEqualTo("执业〔助理〕医师数");
        assertThat(NameNormaliser.normalise("人口（户籍）数", lexicon).text()).isEqualTo("人口户籍数");
    }

    @Test
    void readsASubsetNamedAfterItsWholeAsAPrefixedName() {
        assertThat(NameNormaliser.normalise("户籍人口中的男性人数", lexicon).text()).isEqualTo("户籍男性人数");
        assertThat(NameNormaliser.normalise("户籍人口中60岁以上", lexicon).text()).isEqualTo("户籍60岁以上人口");
        assertThat(NameNormaliser.normalise("集中供养人数", lexicon).text()).isEqualTo("集中供养人数");
    }

    @Test
    void keepsBracketedQualifiersInTheName() {
        var name = NameNormaliser.normalise("人口（户籍）", lexicon);

        assertThat(name.text()).isEqualTo("人口户籍");
        assertThat(name.unit()).isNull();
    }

    @Test
    void dropsInclusionNotes() {
        assertThat(NameNormaliser.normalise("党员人数（含预备党员）", lexicon).text()).isEqualTo("党员人数");
    }

    @Test
    void understandsPrefixedUnits() {
        UnitOfMeasure unit = NameNormaliser.normalise("粮食产量（万斤）", lexicon).unit();

        assertThat(unit.dimension()).isEqualTo(Dimension.WEIGHT);
        assertThat(unit.factor()).isEqualTo(5000.0);
    }

    @Test
    void foldsWidthSpacesQuotesAndAges() {
        assertThat(NameNormaliser.clean("６０周岁 以上　村“两委”")).isEqualTo("60岁以上村两委");
        assertThat(NameNormaliser.normalise("1、0～6周岁儿童数", lexicon).text()).isEqualTo("0-6岁儿童数");
        assertThat(NameNormaliser.normalise("其中：60岁及以上人口", lexicon).text()).isEqualTo("60岁以上人口");
    }
}
