package org.jianfu.reuse.engine.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jianfu.reuse.engine.text.MappedText;
import org.jianfu.reuse.engine.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class OffsetMapCodecTests {

    @Test
    void roundTripsANormalisedOfficialText() {
        MappedText text = new TextNormalizer().normalize(
                "第一条　为了规范甘肃省人民政府规章制定程序，根据《中华人民共和国立法法》，制定本规定。\n（一）Ⅱ类事项；");
        byte[] encoded = OffsetMapCodec.encode(text.starts(), text.ends(), text.length());
        int[][] decoded = OffsetMapCodec.decode(encoded);

        assertThat(decoded[0]).containsExactly(text.starts());
        assertThat(decoded[1]).containsExactly(text.ends());
        assertThat(encoded.length).isLessThan(text.length());
    }

    @Test
    void roundTripsRandomMapsIncludingExpansionsThatStepBack() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            int length = random.nextInt(200);
            int[] starts = new int[length];
            int[] ends = new int[length];
            int position = 0;
            for (int i = 0; i < length; i++) {
                boolean expansion = i > 0 && random.nextInt(10) == 0;
                starts[i] = expansion ? ends[i - 1] - 1 : position + (random.nextInt(4) == 0 ? random.nextInt(300) : 0);
                ends[i] = starts[i] + (random.nextInt(6) == 0 ? 1 + random.nextInt(9) : 1);
                position = ends[i];
            }
            int[][] decoded = OffsetMapCodec.decode(OffsetMapCodec.encode(starts, ends, length));
            assertThat(decoded[0]).containsExactly(starts);
            assertThat(decoded[1]).containsExactly(ends);
        }
    }
}
