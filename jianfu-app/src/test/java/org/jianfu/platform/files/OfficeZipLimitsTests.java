package org.jianfu.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class OfficeZipLimitsTests {

    @Test
    void manyEntriesEachUnderPoisGuardStillAddUpToABomb() throws Exception {
        // 26 entries of 5 MB of zeros: each inflates ~1000× but under 20 MB; 130 MB in all
        byte[] bomb = zip(26, 5 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(OfficeZipLimits.inflatesWithinLimits(bomb)).isFalse();
    }

    @Test
    void anOrdinaryArchiveIsWithin() throws Exception {
        assertThat(OfficeZipLimits.inflatesWithinLimits(zip(5, 1024 * 1024))).isTrue();
        assertThat(OfficeZipLimits.inflatesWithinLimits(zip(0, 0))).isTrue();
    }

    private static byte[] zip(int entries, int bytesEach) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[bytesEach];
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("word/media/part" + i + ".bin"));
                zip.write(zeros);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
