package org.jianfu.platform.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LawsCorpusTests {

    @Test
    void loadsTheShippedCorpusWithTitlesInAStableOrder() {
        List<LawsCorpus.LawText> texts = LawsCorpus.load();
        assertThat(texts).hasSizeGreaterThan(1400);
        assertThat(texts).extracting(LawsCorpus.LawText::id).isSorted().doesNotHaveDuplicates();
        assertThat(texts).filteredOn(t -> t.id().equals("刑法/刑法修正案（七）.md")).singleElement()
                .extracting(LawsCorpus.LawText::title).isEqualTo("中华人民共和国刑法修正案（七）");
        assertThat(texts).allMatch(t -> !t.text().isBlank());
    }

    @Test
    void theCorpusFilesMarkupIsNotPartOfTheText() {
        List<LawsCorpus.LawText> texts = LawsCorpus.load();
        assertThat(texts).noneMatch(t -> t.text().contains("<!--") || t.title().contains("<!--"));
        assertThat(texts).filteredOn(t -> t.id().equals("刑法/刑法修正案（九）.md")).singleElement()
                .extracting(LawsCorpus.LawText::text).asString()
                .startsWith("# 中华人民共和国刑法修正案（九）\n\n2015年8月29日 第十二届全国人民代表大会常务委员会第十六次会议通过\n\n一、在刑法");
    }
}
