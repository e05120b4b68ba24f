package org.jianfu.reuse.bench.accuracy;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jianfu.reuse.bench.PanMeasures;
import org.jianfu.reuse.engine.ReuseSettings;

/** Prints the accuracy benchmark's results as a Markdown table. */
final class AccuracyTable {

    private AccuracyTable() {
    }

    static void print(PrintStream out, Map<ObfuscationKind, List<PanMeasures.Span>> cases,
            Map<ObfuscationKind, List<PanMeasures.Span>> detections, Map<ObfuscationKind, List<Double>> ratios,
            List<Long> nanos, ReuseSettings settings, int perKind, long seed) {
        out.printf(Locale.ROOT, "%d queries per kind, seed %d, %s%n%n", perKind, seed, settings);
        out.println("| kind | cases | detections | precision | recall | granularity | plagdet | mean copyRatio | cases found |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<PanMeasures.Span> allCases = new ArrayList<>();
        List<PanMeasures.Span> allDetections = new ArrayList<>();
        for (ObfuscationKind kind : ObfuscationKind.values()) {
            List<PanMeasures.Span> c = cases.getOrDefault(kind, List.of());
            List<PanMeasures.Span> d = detections.getOrDefault(kind, List.of());
            allCases.addAll(c);
            allDetections.addAll(d);
            PanMeasures.Result r = PanMeasures.score(c, d);
            long found = c.stream().filter(s -> d.stream().anyMatch(x -> x.detects(s))).count();
            out.printf(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %d/%d |%n",
                    kind.name().toLowerCase(Locale.ROOT), r.cases(), r.detections(), r.precision(), r.recall(),
                    r.granularity(), r.plagdet(), mean(ratios.getOrDefault(kind, List.of())), found, c.size());
        }
        PanMeasures.Result overall = PanMeasures.score(allCases, allDetections);
        out.printf(Locale.ROOT, "| **overall** | %d | %d | %.3f | %.3f | %.3f | **%.3f** | | |%n", overall.cases(),
                overall.detections(), overall.precision(), overall.recall(), overall.granularity(), overall.plagdet());
        List<Double> negatives = ratios.getOrDefault(ObfuscationKind.NEGATIVE, List.of());
        out.printf(Locale.ROOT, "%nnegatives: mean false copyRatio %.4f, max %.4f, %d of %d with any passage%n",
                mean(negatives), negatives.stream().mapToDouble(x -> x).max().orElse(0),
                negatives.stream().filter(x -> x > 0).count(), negatives.size());
        List<Long> sorted = nanos.stream().sorted().toList();
        out.printf(Locale.ROOT, "check latency over all queries: p50 %.1f ms, p99 %.1f ms%n",
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6);
    }

    /** Length of the union of [start, end) ranges. */
    static int union(List<int[]> ranges) {
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        int total = 0;
        int reached = Integer.MIN_VALUE;
        for (int[] r : ranges) {
            int s = Math.max(r[0], reached);
            if (r[1] > s) {
                total += r[1] - s;
                reached = r[1];
            }
        }
        return total;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(x -> x).average().orElse(0);
    }
}
