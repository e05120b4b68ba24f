package org.jianfu.reuse.bench.speed;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jianfu.reuse.bench.LawsCorpus;
import org.jianfu.reuse.engine.ReuseIndex;
import org.jianfu.reuse.engine.ReuseSettings;

/**
 * Check latency with and without stage two on one index of synthetic documents (the speed benchmark's),
 * built here if the folder holds none: 10,000-character drafts, one thread, thread CPU time.
 * Arguments: LAWS_DIR DOCUMENTS QUERIES INDEX_DIR
 */
public final class StageTwoLatency {

    private StageTwoLatency() {
    }

    public static void main(String[] args) throws Exception {
        List<LawsCorpus.Law> laws = LawsCorpus.load(Path.of(args[0]));
        int documents = Integer.parseInt(args[1]);
        int queries = Integer.parseInt(args[2]);
        Path folder = Path.of(args[3]);
        SyntheticCorpus corpus = new SyntheticCorpus(laws);
        List<Draft> drafts = new DraftGenerator(laws, corpus, documents, 1000, 5000).drafts(queries);
        if (!ReuseIndex.exists(folder)) {
            Files.createDirectories(folder);
            long start = System.nanoTime();
            try (ReuseIndex index = ReuseIndex.open(folder, ReuseSettings.defaults())) {
                for (int n = 0; n < documents; n++) {
                    index.add("synth-" + n, corpus.document(n, 1000, 5000));
                }
            }
            System.out.printf(Locale.ROOT, "indexed %d documents in %.1f s%n", documents, (System.nanoTime() - start) / 1e9);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int candidates : new int[] {0, ReuseSettings.defaults().rewordCandidates()}) {
            try (ReuseIndex index = ReuseIndex.open(folder, ReuseSettings.defaults().withRewordCandidates(candidates))) {
                for (int warm = 0; warm < Math.min(30, drafts.size()); warm++) {
                    index.check(drafts.get(warm).text());
                }
                long[] cpu = new long[drafts.size()];
                for (int i = 0; i < drafts.size(); i++) {
                    long start = threads.getCurrentThreadCpuTime();
                    index.check(drafts.get(i).text());
                    cpu[i] = threads.getCurrentThreadCpuTime() - start;
                }
                Arrays.sort(cpu);
                System.out.printf(Locale.ROOT, "%d documents, rewordCandidates=%d: thread CPU p50 %.1f ms, p99 %.1f ms%n",
                        index.size(), candidates, cpu[cpu.length / 2] / 1e6, cpu[Math.min(cpu.length - 1, (int) (cpu.length * 0.99))] / 1e6);
            }
        }
    }
}
