package org.jianfu.indicators.matching.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldAnalyzerTests {

    private final FieldAnalyzer analyzer = new FieldAnalyzer(Lexicon.shipped());

    @Test
    void rewritesAbbreviationsAndKeepsTheCountingUnit() {
        FieldAnalysis households = analyzer.analyse("低保户数");
        FieldAnalysis persons = analyzer.analyse("低保人数");

        assertThat(households.core()).isEqualTo("最低生活保障").isEqualTo(persons.core());
        assertThat(households.dimension()).isEqualTo(Dimension.HOUSEHOLD);
        assertThat(persons.dimension()).isEqualTo(Dimension.PERSON);
        assertThat(households.synonyms()).containsExactly(new SynonymUse("低保", "最低生活保障"));
    }

    @Test
    void putsQualifiersOnTheirAxes() {
        FieldAnalysis field = analyzer.analyse("年末户籍男性人口");

        assertThat(field.core()).isEmpty();
        assertThat(field.qualifiers()).containsOnlyKeys(ContrastAxis.TIME, ContrastAxis.SCOPE, ContrastAxis.SEX);
        assertThat(field.qualifiers().get(ContrastAxis.TIME).value()).isEqualTo("年末");
        assertThat(field.qualifiers().get(ContrastAxis.SCOPE).value()).isEqualTo("户籍");
        assertThat(field.qualifiers().get(ContrastAxis.SEX).value()).isEqualTo("男");
    }

    @Test
    void neverCutsQualifiersOutOfLexiconWords() {
        FieldAnalysis field = analyzer.analyse("城乡居民基本养老保险参保人数");

        assertThat(field.qualifiers()).isEmpty();
        assertThat(field.core()).isEqualTo("城乡居民基本养老保险参保");
        assertThat(analyzer.analyse("计划生育家庭户数").qualifiers()).isEmpty();
    }

    @Test
    void readsAgeBoundsAndRanges() {
        assertThat(analyzer.analyse("60周岁及以上老年人数").qualifiers().get(ContrastAxis.AGE).value()).isEqualTo("60岁以上");
        assertThat(analyzer.analyse("0-6岁儿童人数").qualifiers().get(ContrastAxis.AGE).value()).isEqualTo("0-6岁");
        assertThat(analyzer.analyse("60岁以上老年人数").core()).isEmpty();
    }

    @Test
    void outermostSuffixDecidesWhatIsCounted() {
        assertThat(analyzer.analyse("残疾人户数").dimension()).isEqualTo(Dimension.HOUSEHOLD);
        assertThat(analyzer.analyse("脱贫户户数").core()).isEqualTo("脱贫");
        assertThat(analyzer.analyse("森林覆盖率").dimension()).isEqualTo(Dimension.RATE);
        assertThat(analyzer.analyse("村集体经济收入").dimension()).isEqualTo(Dimension.MONEY);
        assertThat(analyzer.analyse("劳动力总数").dimension()).isEqualTo(Dimension.COUNT);
        assertThat(analyzer.analyse("牛存栏头数").dimension()).isEqualTo(Dimension.ANIMAL);
    }
}
