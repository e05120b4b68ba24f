package org.jianfu.reuse.engine.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import org.jianfu.reuse.engine.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class UnitSignaturesTests {

    private static long[] signatures(String text) {
        return UnitSignatures.of(TextUnits.of(text, new TextNormalizer().normalize(text)));
    }

    @Test
    void identicalSentencesShareTheirSignatureWhereverTheyStandAndOthersDoNot() {
        long[] a = signatures("第一条 违反本条例规定，构成犯罪的，依法追究刑事责任。第二条 国家对集会游行示威依法予以保障。");
        long[] b = signatures("第九条 违反本条例规定，构成犯罪的，依法追究刑事责任。第十条 市场开办者应当建立健全市场管理制度。");

        assertThat(a).hasSize(2);
        assertThat(a[0]).isNotZero().isEqualTo(b[0]);
        assertThat(a[1]).isNotZero().isNotEqualTo(b[1]);
    }

    @Test
    void aUnitTooShortToTellApartHasNoSignature() {
        assertThat(signatures("总则。")).containsOnly(0L);
    }
}
