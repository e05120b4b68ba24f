package org.jianfu.reuse.bench.speed;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jianfu.reuse.bench.LawsCorpus;
import org.jianfu.reuse.engine.ReuseIndex;
import org.jianfu.reuse.engine.ReuseSettings;

/**
 * Check latency on an index left by SpeedBenchmark, one thread, as wall-clock time and as this
 * thread's CPU time (what the check costs when the machine is not shared).
 * Arguments: LAWS_DIR DOCUMENTS QUERIES INDEX_DIR (the same DOCUMENTS as the SpeedBenchmark run)
 */
public final class EngineLatency {

    private EngineLatency() {
    }

    public static void main(String[] args) throws Exception {
        List<LawsCorpus.Law> laws = LawsCorpus.load(Path.of(args[0]));
        int documents = Integer.parseInt(args[1]);
        int queries = Integer.parseInt(args[2]);
        List<Draft> drafts = new DraftGenerator(laws, new SyntheticCorpus(laws), documents, 1000, 5000).drafts(queries);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (ReuseIndex index = ReuseIndex.open(Path.of(args[3]), ReuseSettings.defaults())) {
            for (int warm = 0; warm < Math.min(50, drafts.size()); warm++) {
                index.check(drafts.get(warm).text());
            }
            long[] wall = new long[drafts.size()];
            long[] cpu = new long[drafts.size()];
            for (int i = 0; i < drafts.size(); i++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                index.check(drafts.get(i).text());
                wall[i] = System.nanoTime() - wallStart;
                cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%d documents indexed, %d drafts of 10,000 characters, one thread%n", index.size(), drafts.size());
            System.out.printf(Locale.ROOT, "wall clock: p50 %.1f ms, p99 %.1f ms; thread CPU time: p50 %.1f ms, p99 %.1f ms%n",
                    at(wall, 0.5), at(wall, 0.99), at(cpu, 0.5), at(cpu, 0.99));
        }
    }

    private static double at(long[] sorted, double percentile) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * percentile))] / 1e6;
    }
}
