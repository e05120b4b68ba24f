package org.jianfu.reuse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCrashSafetyTests {

    private static final String SOURCE = OfficialTexts.resource("provincial-measures.md");

    @TempDir
    Path folder;

    @Test
    void reopensWhatWasCommittedAndNotWhatWasNot() throws Exception {
        try (ReuseIndex index = ReuseIndex.open(folder, ReuseSettings.defaults())) {
            index.add("gansu/measures.md", SOURCE);
            index.commit();
        }
        try (ReuseIndex index = ReuseIndex.open(folder, ReuseSettings.defaults())) {
            assertThat(index.size()).isEqualTo(1);
            assertThat(index.check(SOURCE).passages()).extracting(Passage::source).containsOnly("gansu/measures.md");
            index.add("other.md", OfficialTexts.original(new Random(3), 10));
            index.remove("gansu/measures.md");
            index.commit();
        }
        try (ReuseIndex index = ReuseIndex.open(folder, ReuseSettings.defaults())) {
            assertThat(index.size()).isEqualTo(1);
            assertThat(index.check(SOURCE).passages()).isEmpty();
        }
    }

    @Test
    void aChildKilledWithSigkillWhileIndexingLeavesTheLastCommitReadable() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingIndexer.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int lastCommitted = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && lastCommitted < 3 * CrashingIndexer.BATCH; line = out.readLine()) {
                lastCommitted = Integer.parseInt(line.substring("committed ".length()));
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close, mid-batch
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (ReuseIndex index = ReuseIndex.open(folder, ReuseSettings.defaults())) {
            assertThat(index.size()).isGreaterThanOrEqualTo(lastCommitted);
            assertThat(index.size() % CrashingIndexer.BATCH).isZero();
            index.add("gansu/measures.md", SOURCE);
            index.commit();
            assertThat(index.check(SOURCE).passages()).isNotEmpty();
        }
    }

    @Test
    void aTornCommitLeftByACrashIsIgnored() throws Exception {
        try (ReuseIndex index = ReuseIndex.open(folder, ReuseSettings.defaults())) {
            index.add("gansu/measures.md", SOURCE);
            index.commit();
        }
        // What a crash in the middle of the next commit leaves: a half-written commit point and segment.
        Files.write(folder.resolve("pending_segments_9"), new byte[] {0x3f, (byte) 0xd7, 0x6c});
        Files.write(folder.resolve("_zz.cfs"), new byte[1000]);

        try (ReuseIndex index = ReuseIndex.open(folder, ReuseSettings.defaults())) {
            assertThat(index.size()).isEqualTo(1);
            assertThat(index.check(SOURCE).passages()).isNotEmpty();
        }
    }

    @Test
    void refusesAnIndexBuiltWithOtherFingerprintSettings() throws Exception {
        try (ReuseIndex index = ReuseIndex.open(folder, ReuseSettings.defaults())) {
            index.add("a.md", SOURCE);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ReuseIndex.open(folder, ReuseSettings.defaults().withFingerprinting(9, 8)))
                .hasMessageContaining("shingleLength=8");
    }
}
