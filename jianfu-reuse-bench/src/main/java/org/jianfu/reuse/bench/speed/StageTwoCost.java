package org.jianfu.reuse.bench.speed;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jianfu.reuse.bench.LawsCorpus;
import org.jianfu.reuse.engine.ReuseIndex;
import org.jianfu.reuse.engine.ReuseSettings;
import org.jianfu.reuse.engine.index.TextStore;
import org.jianfu.reuse.engine.sentence.TextUnits;
import org.jianfu.reuse.engine.text.TextNormalizer;
import org.jianfu.reuse.engine.shingle.DocumentFingerprinter;

/**
 * What the rewording-tolerant stage costs, on the laws: index size with and without the texts it keeps,
 * check CPU time of every law against the rest with and without it (one thread), and MB/s of
 * fingerprinting, of compressing the kept text (indexing) and of normalising and cutting a candidate's
 * text into units with their bigrams (checking).
 * Arguments: LAWS_DIR WORK_DIR
 */
public final class StageTwoCost {

    private StageTwoCost() {
    }

    public static void main(String[] args) throws Exception {
        List<LawsCorpus.Law> laws = LawsCorpus.load(Path.of(args[0]));
        Path work = Path.of(args[1]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int candidates : new int[] {0, ReuseSettings.defaults().rewordCandidates()}) {
            Path folder = work.resolve("stage-two-" + candidates);
            delete(folder);
            ReuseSettings settings = ReuseSettings.defaults().withRewordCandidates(candidates);
            try (ReuseIndex index = ReuseIndex.open(folder, settings)) {
                for (LawsCorpus.Law law : laws) {
                    index.add(law.id(), law.text());
                }
                index.commit();
            }
            long bytes;
            try (Stream<Path> files = Files.walk(folder)) {
                bytes = files.filter(Files::isRegularFile).mapToLong(StageTwoCost::size).sum();
            }
            try (ReuseIndex index = ReuseIndex.open(folder, settings)) {
                long[] cpu = new long[laws.size()];
                for (int round = 0; round < 2; round++) { // the first round warms up
                    for (int i = 0; i < laws.size(); i++) {
                        String id = laws.get(i).id();
                        long start = threads.getCurrentThreadCpuTime();
                        index.check(laws.get(i).text(), source -> !source.equals(id));
                        cpu[i] = threads.getCurrentThreadCpuTime() - start;
                    }
                }
                Arrays.sort(cpu);
                System.out.printf(Locale.ROOT, "rewordCandidates=%d: index %.2f MB; check of each law against the rest, thread CPU: p50 %.1f ms, p99 %.1f ms%n",
                        candidates, bytes / 1e6, cpu[cpu.length / 2] / 1e6, cpu[(int) (cpu.length * 0.99)] / 1e6);
            }
        }
        DocumentFingerprinter fingerprinter = new DocumentFingerprinter(8, 16);
        long utf8 = laws.stream().mapToLong(l -> l.text().getBytes(StandardCharsets.UTF_8).length).sum();
        TextNormalizer normalizer = new TextNormalizer();
        long compressedBytes = 0;
        for (int round = 0; round < 6; round++) {
            long fingerprinting = 0;
            long compressing = 0;
            long units = 0;
            compressedBytes = 0;
            for (LawsCorpus.Law law : laws) {
                long start = threads.getCurrentThreadCpuTime();
                fingerprinter.fingerprint(law.text());
                long middle = threads.getCurrentThreadCpuTime();
                compressedBytes += TextStore.compress(law.text()).length;
                long compressed = threads.getCurrentThreadCpuTime();
                TextUnits.of(law.text(), normalizer.normalize(law.text()));
                units += threads.getCurrentThreadCpuTime() - compressed;
                compressing += compressed - middle;
                fingerprinting += middle - start;
            }
            System.out.printf(Locale.ROOT, "round %d: fingerprinting %.1f MB/s, fingerprinting + compressing the kept text %.1f MB/s; a candidate's units (normalise, cut, bigrams) %.1f MB/s (CPU time, one thread)%n",
                    round, utf8 / (fingerprinting / 1e9) / 1e6, utf8 / ((fingerprinting + compressing) / 1e9) / 1e6,
                    utf8 / (units / 1e9) / 1e6);
        }
        System.out.printf(Locale.ROOT, "kept texts: %.2f MB UTF-8 deflated to %.2f MB%n", utf8 / 1e6, compressedBytes / 1e6);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
