package org.jianfu.monitoring;

import java.util.List;

/** Generates many burden facts in a separate schema and times the dashboard queries on them. */
public interface BurdenBenchmark {

    /** One timed query: the dashboard's (on rollups) and the same figures from the raw facts. */
    record Timing(String query, double rollupMillis, double rawMillis) {
    }

    record Result(long facts, long rollupRows, double generateSeconds, double rollupSeconds, List<Timing> timings) {
    }

    Result run(long records, int repetitions);
}
