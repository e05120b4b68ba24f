package org.jianfu.reuse.bench.speed;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jianfu.reuse.bench.LawsCorpus;
import org.jianfu.reuse.engine.shingle.DocumentFingerprinter;

/**
 * Fingerprinting throughput per core: UTF-8 megabytes of law text fingerprinted per second of this
 * thread's CPU time, so other work on a shared machine does not lower the figure (JMH's wall-clock
 * figure is printed by FingerprintingBenchmark). Arguments: LAWS_DIR [ROUNDS=15]
 */
public final class FingerprintThroughput {

    private FingerprintThroughput() {
    }

    public static void main(String[] args) {
        List<LawsCorpus.Law> laws = LawsCorpus.load(Path.of(args.length > 0 ? args[0] : "../shared/data/laws-zh"));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        long bytes = 0;
        for (LawsCorpus.Law law : laws) {
            bytes += law.text().getBytes(StandardCharsets.UTF_8).length;
        }
        DocumentFingerprinter fingerprinter = new DocumentFingerprinter(8, 16);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = 0;
        for (int round = 0; round < rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            long selected = 0;
            for (LawsCorpus.Law law : laws) {
                selected += fingerprinter.fingerprint(law.text()).selected().count();
            }
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            double perCore = bytes / 1e6 / cpuSeconds;
            best = Math.max(best, perCore);
            System.out.printf(Locale.ROOT, "round %d: %.1f MB in %.2f s CPU (%.2f s wall): %.1f MB/s per core, %d fingerprints%n",
                    round, bytes / 1e6, cpuSeconds, wallSeconds, perCore, selected);
        }
        System.out.printf(Locale.ROOT, "best: %.1f MB/s per core%n", best);
    }
}
