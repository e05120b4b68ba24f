package org.jianfu.reuse.engine.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextStoreTests {

    private static final String TEXT = "第一条 为了规范行政执法行为，制定本办法。\n第二条 本办法适用于本市行政区域内的行政执法活动。😀".repeat(20);

    @Test
    void keepsATextSmallerThanItsUtf8AndGivesItBack() {
        byte[] kept = TextStore.compress(TEXT);

        assertThat(kept.length).isLessThan(TEXT.getBytes(StandardCharsets.UTF_8).length / 4 + 32);
        assertThat(TextStore.decompress(kept, 0, kept.length)).isEqualTo(TEXT);
        assertThat(TextStore.decompress(TextStore.compress(""), 0, TextStore.compress("").length)).isEmpty();
    }

    @Test
    void refusesATruncatedCopy() {
        byte[] kept = TextStore.compress(TEXT);

        assertThatThrownBy(() -> TextStore.decompress(kept, 0, kept.length / 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
