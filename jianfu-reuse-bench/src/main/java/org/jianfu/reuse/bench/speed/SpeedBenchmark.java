package org.jianfu.reuse.bench.speed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jianfu.reuse.bench.LawsCorpus;
import org.jianfu.reuse.bench.PanMeasures;
import org.jianfu.reuse.engine.Passage;
import org.jianfu.reuse.engine.ReuseIndex;
import org.jianfu.reuse.engine.ReuseSettings;

/**
 * Speed and size, engine against the MoreLikeThis baseline in the same process: indexes N synthetic
 * documents into both, then checks 10,000-character drafts one thread at a time.
 * Arguments: LAWS_DIR [DOCUMENTS=100000] [QUERIES=200] [WORK_DIR=target/speed] [THREADS=2]
 */
public final class SpeedBenchmark {

    private static final int MIN_LENGTH = 1000;
    private static final int MAX_LENGTH = 5000;

    private SpeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path lawsFolder = Path.of(args.length > 0 ? args[0] : "../shared/data/laws-zh");
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path work = Path.of(args.length > 3 ? args[3] : "target/speed");
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        deleteRecursively(work);
        List<LawsCorpus.Law> laws = LawsCorpus.load(lawsFolder);
        SyntheticCorpus corpus = new SyntheticCorpus(laws);
        ReuseSettings settings = ReuseSettings.defaults();
        List<Draft> drafts = new DraftGenerator(laws, corpus, documents, MIN_LENGTH, MAX_LENGTH).drafts(queries);

        try (ReuseIndex engine = ReuseIndex.open(work.resolve("engine"), settings);
                MoreLikeThisBaseline baseline = new MoreLikeThisBaseline(work.resolve("baseline"), settings)) {
            AtomicLong chars = new AtomicLong();
            long engineNanos = index(documents, threads, n -> {
                String text = corpus.document(n, MIN_LENGTH, MAX_LENGTH);
                chars.addAndGet(text.codePointCount(0, text.length()));
                engine.add("synth-" + n, text);
            }, engine::commit);
            long engineBytes = size(work.resolve("engine"));
            long baselineNanos = index(documents, threads,
                    n -> baseline.add("synth-" + n, corpus.document(n, MIN_LENGTH, MAX_LENGTH)), baseline::commit);
            long baselineBytes = size(work.resolve("baseline"));

            Measured engineRun = measure(drafts, d -> engine.check(d.text()).passages());
            Measured baselineRun = measure(drafts, d -> baseline.check(d.text()));

            PrintTable table = new PrintTable(documents, chars.get(), drafts.size());
            table.row("engine (winnowed fingerprints in Lucene)", engineNanos, engineBytes, engineRun);
            table.row("baseline (MoreLikeThis + full alignment)", baselineNanos, baselineBytes, baselineRun);
            table.ratio(engineRun, baselineRun, engineBytes, baselineBytes, engineNanos, baselineNanos);
        }
    }

    interface Indexing {
        void add(int n) throws IOException;
    }

    interface Commit {
        void run() throws IOException;
    }

    interface Check {
        List<Passage> run(Draft draft) throws IOException;
    }

    record Measured(long[] sortedNanos, PanMeasures.Result accuracy) {
        double percentileMillis(double p) {
            return sortedNanos[Math.min(sortedNanos.length - 1, (int) (sortedNanos.length * p))] / 1e6;
        }
    }

    private static long index(int documents, int threads, Indexing indexing, Commit commit) throws Exception {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong next = new AtomicLong();
        List<Future<Void>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (long n = next.getAndIncrement(); n < documents; n = next.getAndIncrement()) {
                    indexing.add((int) n);
                    if (n % 10_000 == 0) {
                        System.err.printf("indexed %d%n", n);
                    }
                }
                return null;
            }));
        }
        for (Future<Void> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        commit.run();
        return System.nanoTime() - start;
    }

    private static Measured measure(List<Draft> drafts, Check check) throws IOException {
        for (int warm = 0; warm < Math.min(50, drafts.size()); warm++) {
            check.run(drafts.get(warm));
        }
        long[] nanos = new long[drafts.size()];
        List<PanMeasures.Span> cases = new ArrayList<>();
        List<PanMeasures.Span> detections = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            long start = System.nanoTime();
            List<Passage> passages = check.run(draft);
            nanos[i] = System.nanoTime() - start;
            cases.addAll(draft.cases());
            for (Passage p : passages) {
                detections.add(new PanMeasures.Span(draft.id(), p.queryStart(), p.queryEnd(), p.source(),
                        p.sourceStart(), p.sourceEnd()));
            }
        }
        java.util.Arrays.sort(nanos);
        return new Measured(nanos, PanMeasures.score(cases, detections));
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Prints the figures as Markdown. */
    private record PrintTable(int documents, long chars, int queries) {
        PrintTable {
            System.out.printf(Locale.ROOT, "%d documents, %d code points (%.0f per document), %d drafts of 10,000 characters%n%n",
                    documents, chars, chars / (double) documents, queries);
            System.out.println("| system | index time | index size | bytes/doc | bytes per 5,000 chars | check p50 | check p99 | recall | precision |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        }

        void row(String name, long indexNanos, long bytes, Measured run) {
            System.out.printf(Locale.ROOT, "| %s | %.1f s | %.1f MB | %.0f | %.0f | %.1f ms | %.1f ms | %.3f | %.3f |%n",
                    name, indexNanos / 1e9, bytes / 1e6, bytes / (double) documents, bytes * 5000.0 / chars,
                    run.percentileMillis(0.5), run.percentileMillis(0.99), run.accuracy().recall(), run.accuracy().precision());
        }

        void ratio(Measured engine, Measured baseline, long engineBytes, long baselineBytes, long engineNanos, long baselineNanos) {
            System.out.printf(Locale.ROOT, "%nengine / baseline: p50 latency %.2f, p99 latency %.2f, index size %.2f, indexing time %.2f, recall %.3f vs %.3f%n",
                    engine.percentileMillis(0.5) / baseline.percentileMillis(0.5),
                    engine.percentileMillis(0.99) / baseline.percentileMillis(0.99),
                    engineBytes / (double) baselineBytes, engineNanos / (double) baselineNanos,
                    engine.accuracy().recall(), baseline.accuracy().recall());
        }
    }
}
