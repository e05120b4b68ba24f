package org.jianfu.indicators.matching.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

import org.jianfu.indicators.matching.FieldIndex;
import org.jianfu.indicators.matching.FieldMatcher;
import org.jianfu.indicators.matching.Indicator;
import org.jianfu.indicators.matching.IndicatorRegistrySeed;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code indicators perf --pairs LABELLED.tsv …}: times matching a drafted request against a
 * registry and the fields already collected, at the sizes issue #16 names (50 fields, 2,000
 * indicators, 10,000 collected fields). Names are real ones from the labelled sets and the shipped
 * registry, varied with periods, places and units so that each collected field is distinct.
 */
@Command(name = "perf", mixinStandardHelpOptions = true,
        description = "Time matching a request against a registry and collected fields.")
public final class PerfCommand implements Callable<Integer> {

    private static final List<String> PREFIXES = List.of("", "本月", "2024年", "全村", "年末", "本年", "辖区", "累计");
    private static final List<String> UNITS = List.of("", "（人）", "（户）", "（个）", "（亩）", "（万元）", "（头）", "（%）");

    @Spec
    CommandSpec spec;

    @Option(names = "--pairs", required = true, description = "labelled TSV whose names are used; repeatable")
    List<Path> files;

    @Option(names = "--fields", defaultValue = "50")
    int fields;

    @Option(names = "--indicators", defaultValue = "2000")
    int indicators;

    @Option(names = "--collected", defaultValue = "10000")
    int collected;

    @Option(names = "--runs", defaultValue = "20")
    int runs;

    @Option(names = "--no-baseline", description = "skip the slow every-name baseline")
    boolean noBaseline;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Set<String> pool = new LinkedHashSet<>();
        for (Path file : files) {
            try {
                for (PairsFile.Row row : PairsFile.read(file, List.of("a", "b"))) {
                    pool.add(row.get("a"));
                    pool.add(row.get("b"));
                }
            } catch (PairsFile.MalformedLineException e) {
                spec.commandLine().getErr().println(file + ": " + e.getMessage());
                return MatchCommand.MALFORMED_INPUT;
            }
        }
        List<Indicator> seed = IndicatorRegistrySeed.load();
        seed.forEach(i -> pool.add(i.name()));
        List<String> names = new ArrayList<>(pool);
        Random random = new Random(16);

        List<Indicator> registry = new ArrayList<>(seed);
        for (int i = registry.size(); i < indicators; i++) {
            String name = variant(names, random);
            registry.add(new Indicator("PERF-" + i, name, name, "个", Indicator.Period.YEARLY,
                    Indicator.CollectionLevel.VILLAGE, "统计局", Indicator.DataType.INTEGER, null, null, List.of()));
        }
        Set<String> collectedFields = new LinkedHashSet<>();
        while (collectedFields.size() < collected) {
            collectedFields.add(variant(names, random));
        }
        List<String> request = new ArrayList<>();
        for (int i = 0; i < fields; i++) {
            request.add(variant(names, random));
        }
        List<String> existing = new ArrayList<>(collectedFields);
        registry.forEach(i -> existing.add(i.name()));

        long built = System.nanoTime();
        FieldMatcher matcher = FieldMatcher.withRegistry(registry);
        FieldIndex index = matcher.index(existing);
        long buildMillis = (System.nanoTime() - built) / 1_000_000;

        for (int i = 0; i < 5; i++) {
            match(index, request);
        }
        // CPU time beside wall time: on a shared machine the wall clock mostly measures the others
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] millis = new double[runs];
        double[] cpuMillis = new double[runs];
        int found = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            found = match(index, request);
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        double naive = -1;
        if (!noBaseline) {
            long naiveStart = System.nanoTime();
            for (String field : request) {
                matcher.findSimilar(field, existing, 0.2);
            }
            naive = (System.nanoTime() - naiveStart) / 1e6;
        }

        out.printf(Locale.ROOT, "request %d fields; registry %d indicators; %d collected fields (%d names indexed)%n",
                fields, registry.size(), collectedFields.size(), index.size());
        int compared = request.stream().mapToInt(index::candidateCount).sum();
        out.printf(Locale.ROOT, "names compared per request: %d (of %d × %d)%n", compared, request.size(), index.size());
        out.printf(Locale.ROOT, "index built once in %d ms (matcher and registry included)%n", buildMillis);
        out.printf(Locale.ROOT, "indexed: wall median %.1f ms, max %.1f ms; CPU median %.1f ms, max %.1f ms over %d runs; %d look-alikes ≥ 0.2 found%n",
                millis[runs / 2], millis[runs - 1], cpuMillis[runs / 2], cpuMillis[runs - 1], runs, found);
        out.printf(Locale.ROOT, "baseline (every name analysed and compared, FieldMatcher.findSimilar): %.0f ms, one run%n", naive);
        out.flush();
        return 0;
    }

    private static int match(FieldIndex index, List<String> request) {
        int found = 0;
        for (String field : request) {
            found += index.findSimilar(field, 0.2).size();
        }
        return found;
    }

    private static String variant(List<String> names, Random random) {
        return PREFIXES.get(random.nextInt(PREFIXES.size())) + names.get(random.nextInt(names.size()))
                + UNITS.get(random.nextInt(UNITS.size()));
    }
}
