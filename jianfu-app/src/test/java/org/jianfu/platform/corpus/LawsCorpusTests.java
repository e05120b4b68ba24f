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
}
