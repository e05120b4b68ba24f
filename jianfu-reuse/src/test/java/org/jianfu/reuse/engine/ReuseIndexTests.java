package org.jianfu.reuse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ReuseIndexTests {

    private static final String SOURCE = OfficialTexts.resource("provincial-measures.md");
    private static final String COPY = OfficialTexts.resource("city-copy.md");
    private static final String BOILERPLATE = "违反本办法规定，构成犯罪的，依法追究刑事责任。对直接负责的主管人员和其他直接责任人员依法给予处分。本办法自2020年1月1日起施行。";

    @Test
    void findsTheCopiedArticlesOfAProvincialDocumentInACityNotice() throws Exception {
        try (ReuseIndex index = ReuseIndex.inMemory(ReuseSettings.defaults())) {
            index.add("gansu/measures.md", SOURCE);
            index.add("other.md", OfficialTexts.original(new Random(1), 30));
            index.commit();

            ReuseReport report = index.check(COPY);

            assertThat(report.length()).isEqualTo(COPY.codePointCount(0, COPY.length()));
            assertThat(report.passages()).hasSize(1);
            Passage passage = report.passages().get(0);
            assertThat(passage.source()).isEqualTo("gansu/measures.md");
            // The copy is 一、…不得挪作他用 (query 85..204, source 212..333). The fingerprints alone fall
            // short by the final 用 (winnowing); the sentence units of the second stage end where the
            // sentence ends.
            assertThat(passage.queryStart()).isEqualTo(85);
            assertThat(passage.queryEnd()).isEqualTo(204);
            assertThat(passage.sourceStart()).isEqualTo(212);
            assertThat(passage.sourceEnd()).isEqualTo(333);
            assertThat(OfficialTexts.cut(COPY, passage.queryStart(), passage.queryEnd()))
                    .startsWith("生产经营单位的主要负责人").endsWith("不得挪作他用");
            assertThat(OfficialTexts.cut(SOURCE, passage.sourceStart(), passage.sourceEnd()))
                    .startsWith("生产经营单位的主要负责人").endsWith("不得挪作他用");
            assertThat(passage.similarity()).isGreaterThan(0.8);
            assertThat(passage.kind()).isEqualTo(Passage.Kind.VERBATIM);
            assertThat(report.copyRatio()).isEqualTo(119.0 / report.length());
            assertThat(report.sources()).containsExactly(new SourceShare("gansu/measures.md", report.copyRatio()));
        }
    }

    @Test
    void aWholeCopyUnderANewTitleWithOtherPlaceNamesIsFoundWhole() throws Exception {
        String copy = SOURCE.replace("# 甘肃省安全生产监督管理办法", "# 上海市生产安全管理暂行规定")
                .replace("本省", "本市").replace("第三条", "第五条");
        try (ReuseIndex index = ReuseIndex.inMemory(ReuseSettings.defaults())) {
            index.add("gansu/measures.md", SOURCE);
            index.commit();

            ReuseReport report = index.check(copy);

            assertThat(report.copyRatio()).isGreaterThan(0.9);
            assertThat(report.passages()).extracting(Passage::source).containsOnly("gansu/measures.md");
            assertThat(report.passages()).hasSize(1);
        }
    }

    @Test
    void boilerplateSharedByManyDocumentsMakesNoCopy() throws Exception {
        Random random = new Random(5);
        String draft = OfficialTexts.original(random, 20) + BOILERPLATE;
        try (ReuseIndex index = ReuseIndex.inMemory(ReuseSettings.defaults());
                ReuseIndex strict = ReuseIndex.inMemory(ReuseSettings.defaults().withBoilerplate(1000, 1.0))) {
            for (int i = 0; i < 25; i++) {
                String document = OfficialTexts.original(random, 15) + BOILERPLATE;
                index.add("doc-" + i, document);
                strict.add("doc-" + i, document);
            }
            index.commit();
            strict.commit();

            assertThat(index.check(draft).passages()).isEmpty();
            assertThat(index.check(draft).copyRatio()).isZero();
            // Without the document-frequency rule the same phrases would count as copied.
            assertThat(strict.check(draft).passages()).isNotEmpty();
        }
    }

    @Test
    void shortSharedPhrasesBelowTheMinimumPassageAreNotReported() throws Exception {
        try (ReuseIndex index = ReuseIndex.inMemory(ReuseSettings.defaults())) {
            index.add("gansu/measures.md", SOURCE);
            index.commit();

            String draft = OfficialTexts.original(new Random(9), 10) + "专门用于改善安全生产条件" + OfficialTexts.original(new Random(10), 10);

            assertThat(index.check(draft).passages()).isEmpty();
        }
    }

    @Test
    void replacesRemovesAndFiltersSources() throws Exception {
        try (ReuseIndex index = ReuseIndex.inMemory(ReuseSettings.defaults())) {
            index.add("a.md", SOURCE);
            index.add("b.md", SOURCE);
            index.commit();
            assertThat(index.size()).isEqualTo(2);
            assertThat(index.check(SOURCE, id -> !id.equals("a.md")).sources())
                    .extracting(SourceShare::source).containsExactly("b.md");

            index.add("b.md", OfficialTexts.original(new Random(2), 20));
            index.remove("a.md");
            index.commit();

            assertThat(index.size()).isEqualTo(1);
            assertThat(index.check(SOURCE).passages()).isEmpty();
        }
    }

    @Test
    void addIfChangedSkipsTheSameText() throws Exception {
        try (ReuseIndex index = ReuseIndex.inMemory(ReuseSettings.defaults())) {
            assertThat(index.addIfChanged("a.md", SOURCE)).isTrue();
            index.commit();
            assertThat(index.addIfChanged("a.md", SOURCE)).isFalse();
            assertThat(index.addIfChanged("a.md", SOURCE + "补充。")).isTrue();
        }
    }

    @Test
    void emptyAndUnrelatedTextsHaveNoPassages() throws Exception {
        try (ReuseIndex index = ReuseIndex.inMemory(ReuseSettings.defaults())) {
            index.add("gansu/measures.md", SOURCE);
            index.commit();

            assertThat(index.check("").length()).isZero();
            assertThat(index.check("").passages()).isEmpty();
            assertThat(index.check("，。；").copyRatio()).isZero();
            assertThat(index.check(OfficialTexts.original(new Random(4), 40)).passages()).isEmpty();
        }
    }
}
