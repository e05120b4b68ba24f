package org.jianfu.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharacterCountTests {

    @Test
    void everyCodePointButSpacesAndLineBreaksCountsOnce() {
        assertThat(CharacterCount.of("关于做好工作的通知。")).isEqualTo(10);
        assertThat(CharacterCount.of("𠀀𠀁")).as("astral Han characters are one each").isEqualTo(2);
        assertThat(CharacterCount.of(" \t\r\n\u3000\u00a0\u2003\u2028\ufeff")).isZero();
        assertThat(CharacterCount.of("a1，（二）")).isEqualTo(6);
        assertThat(CharacterCount.of(null)).isZero();
    }
}
