package org.jianfu.reuse.bench.jmh;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.jianfu.reuse.bench.LawsCorpus;
import org.jianfu.reuse.engine.shingle.DocumentFingerprinter;
import org.jianfu.reuse.engine.text.TextNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fingerprinting throughput on 1 MB of law text (UTF-8 bytes per second = ops/s × bytes), one thread:
 * the whole chain (normalise, hash, winnow), normalisation alone, and the baseline's analysis
 * (Lucene CJKAnalyzer bigrams, what MoreLikeThis indexes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FingerprintingBenchmark {

    @Param("../shared/data/laws-zh")
    public String laws;

    private String text;
    private final DocumentFingerprinter fingerprinter = new DocumentFingerprinter(8, 8);
    private final TextNormalizer normalizer = new TextNormalizer();
    private final Analyzer bigrams = new CJKAnalyzer();

    @Setup
    public void load() {
        List<LawsCorpus.Law> all = LawsCorpus.load(Path.of(laws));
        StringBuilder megabyte = new StringBuilder();
        for (int i = 0; megabyte.toString().getBytes(StandardCharsets.UTF_8).length < 1_000_000; i += 7) {
            megabyte.append(all.get(i % all.size()).text());
        }
        byte[] bytes = megabyte.toString().getBytes(StandardCharsets.UTF_8);
        text = new String(bytes, 0, 1_000_000, StandardCharsets.UTF_8).replace("\uFFFD", "");
    }

    @Benchmark
    public int fingerprint() {
        return fingerprinter.fingerprint(text).selected().count();
    }

    @Benchmark
    public int normalize() {
        return normalizer.normalize(text).length();
    }

    @Benchmark
    public int baselineBigrams() throws IOException {
        int tokens = 0;
        try (TokenStream stream = bigrams.tokenStream("text", new StringReader(text))) {
            stream.reset();
            while (stream.incrementToken()) {
                tokens++;
            }
            stream.end();
        }
        return tokens;
    }
}
