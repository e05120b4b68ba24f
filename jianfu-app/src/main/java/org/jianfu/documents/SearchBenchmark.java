package org.jianfu.documents;

import java.util.List;

/**
 * {@code ./jianfu bench search}: 公文检索 over a province's worth of generated documents against a plain
 * SQL ILIKE scan of the same documents with the same scope, in one run.
 */
public interface SearchBenchmark {

    /** Latencies of one method in milliseconds. */
    record Latency(String method, int queries, double p50, double p95, double p99, double max) {
    }

    record Report(int documents, long textChars, double indexSeconds, double loadSeconds, long indexBytes,
                  List<Latency> latencies) {
    }

    Report run(int documents, int queries, long seed);
}
