package org.jianfu.reuse.bench.accuracy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jianfu.reuse.bench.LawsCorpus;
import org.jianfu.reuse.bench.PanMeasures;
import org.jianfu.reuse.bench.LawsCorpus.Law;
import org.jianfu.reuse.engine.Passage;
import org.jianfu.reuse.engine.ReuseIndex;
import org.jianfu.reuse.engine.ReuseReport;
import org.jianfu.reuse.engine.ReuseSettings;

/**
 * The accuracy benchmark: indexes 80% of the laws (by family, so versions of one law stay together),
 * generates queries of every obfuscation kind from them and from the clean rest, checks them and
 * prints PAN measures per kind as a Markdown table.
 * Arguments: LAWS_DIR [QUERIES_PER_KIND=40] [SEED=42]
 */
public final class AccuracyBenchmark {

    private AccuracyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path laws = Path.of(args.length > 0 ? args[0] : "../shared/data/laws-zh");
        int perKind = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        List<Law> all = LawsCorpus.load(laws);
        Set<String> families = new TreeSet<>();
        all.forEach(law -> families.add(law.family()));
        List<String> shuffled = new ArrayList<>(families);
        Collections.shuffle(shuffled, new Random(seed));
        Set<String> heldOut = Set.copyOf(shuffled.subList(0, shuffled.size() / 5));
        List<Law> sources = all.stream().filter(l -> !heldOut.contains(l.family())).toList();
        VerbatimOverlap overlap = new VerbatimOverlap(sources.stream().map(Law::text).toList(), 20);
        List<Law> clean = all.stream().filter(l -> heldOut.contains(l.family()))
                .map(l -> new Law(l.id(), overlap.withoutReusedSentences(l.text())))
                .filter(l -> l.text().length() >= 500).toList();
        Map<String, Long> versions = sources.stream().collect(
                java.util.stream.Collectors.groupingBy(Law::family, java.util.stream.Collectors.counting()));
        List<Law> singles = new ArrayList<>(sources.stream().filter(l -> versions.get(l.family()) == 1).toList());
        Collections.shuffle(singles, new Random(seed + 1));
        List<Law> twinned = List.copyOf(singles.subList(0, 40));
        List<Law> copied = singles.subList(40, singles.size()).stream().sorted(java.util.Comparator.comparing(Law::id)).toList();
        Random twinRandom = new Random(seed + 2);
        List<Law> twins = twinned.stream().map(l -> new Law("twin/" + l.id(), Twins.twin(l.text(), twinRandom))).toList();
        System.err.printf("%d laws: %d indexed (%d of one version, copied from), %d held out, %d clean after cutting reused sentences%n",
                all.size(), sources.size(), copied.size(), all.size() - sources.size(), clean.size());

        Dump.sources = sources.stream().collect(java.util.stream.Collectors.toMap(Law::id, Law::text));
        Map<String, String> indexed = new java.util.LinkedHashMap<>();
        sources.forEach(l -> indexed.put(l.id(), l.text()));
        twins.forEach(l -> indexed.put(l.id(), l.text()));
        org.jianfu.reuse.bench.ExactNgramBaseline baseline = new org.jianfu.reuse.bench.ExactNgramBaseline(indexed);
        String only = System.getProperty("kinds", "");
        ReuseSettings settings = Tuning.apply(ReuseSettings.defaults());
        try (ReuseIndex index = ReuseIndex.inMemory(settings)) {
            for (Map.Entry<String, String> law : indexed.entrySet()) {
                index.add(law.getKey(), law.getValue());
            }
            index.commit();
            QueryGenerator generator = new QueryGenerator(copied, twinned, clean, seed);
            Map<ObfuscationKind, List<PanMeasures.Span>> cases = new EnumMap<>(ObfuscationKind.class);
            Map<ObfuscationKind, List<PanMeasures.Span>> detections = new EnumMap<>(ObfuscationKind.class);
            Map<ObfuscationKind, List<Double>> ratios = new EnumMap<>(ObfuscationKind.class);
            Map<ObfuscationKind, List<PanMeasures.Span>> baselineDetections = new EnumMap<>(ObfuscationKind.class);
            Map<ObfuscationKind, List<Double>> baselineRatios = new EnumMap<>(ObfuscationKind.class);
            List<Long> nanos = new ArrayList<>();
            for (ObfuscationKind kind : ObfuscationKind.values()) {
                for (int i = 0; i < perKind; i++) {
                    QueryDocument query = generator.generate(kind, i);
                    if (!only.isEmpty() && !java.util.Arrays.asList(only.split(",")).contains(kind.name().toLowerCase())) {
                        continue; // generated all the same, so a kind's queries do not depend on which kinds run
                    }
                    long start = System.nanoTime();
                    ReuseReport report = index.check(query.text());
                    nanos.add(System.nanoTime() - start);
                    ratios.computeIfAbsent(kind, k -> new ArrayList<>()).add(report.copyRatio());
                    for (TruthCase c : query.cases()) {
                        cases.computeIfAbsent(kind, k -> new ArrayList<>()).add(new PanMeasures.Span(query.id(),
                                c.queryStart(), c.queryEnd(), c.source(), c.sourceStart(), c.sourceEnd()));
                    }
                    if (kind.name().equalsIgnoreCase(System.getProperty("dump", ""))) {
                        Dump.print(query, report);
                    }
                    Trace.write(query, report);
                    List<org.jianfu.reuse.bench.ExactNgramBaseline.Detection> exact = baseline.check(query.text(), s -> true);
                    int length = query.text().codePointCount(0, query.text().length());
                    List<int[]> covered = new ArrayList<>();
                    for (var d : exact) {
                        baselineDetections.computeIfAbsent(kind, k -> new ArrayList<>()).add(new PanMeasures.Span(query.id(),
                                d.queryStart(), d.queryEnd(), d.source(), d.sourceStart(), d.sourceEnd()));
                        covered.add(new int[] {d.queryStart(), d.queryEnd()});
                    }
                    baselineRatios.computeIfAbsent(kind, k -> new ArrayList<>()).add(AccuracyTable.union(covered) / (double) Math.max(1, length));
                    for (Passage p : report.passages()) {
                        detections.computeIfAbsent(kind, k -> new ArrayList<>()).add(new PanMeasures.Span(query.id(),
                                p.queryStart(), p.queryEnd(), p.source(), p.sourceStart(), p.sourceEnd()));
                    }
                }
            }
            AccuracyTable.print(System.out, cases, detections, ratios, nanos, settings, perKind, seed);
            System.out.println();
            System.out.println("Exact 12-gram baseline, same queries and index:");
            System.out.println();
            AccuracyTable.print(System.out, cases, baselineDetections, baselineRatios, nanos, settings, perKind, seed);
        }
    }
}
