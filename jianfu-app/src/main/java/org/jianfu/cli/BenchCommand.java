package org.jianfu.cli;

import java.util.concurrent.Callable;
import org.jianfu.documents.SearchBenchmark;
import org.jianfu.monitoring.BurdenBenchmark;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks on the database.",
        subcommands = {BenchCommand.Monitoring.class, BenchCommand.Search.class})
class BenchCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "monitoring", mixinStandardHelpOptions = true,
            description = "Generate N burden facts in schema monitoring_bench and time the dashboard queries on the "
                    + "rollups against the same figures from the raw facts (markdown on stdout).")
    static class Monitoring implements Callable<Integer> {

        @Option(names = "--records", defaultValue = "10000000", description = "facts to generate (default: ${DEFAULT-VALUE})")
        long records;

        @Option(names = "--repetitions", defaultValue = "7", description = "timed runs per query; the median is reported")
        int repetitions;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = BatchContext.start(database)) {
                var r = context.getBean(BurdenBenchmark.class).run(records, repetitions);
                System.out.printf("facts: %,d; rollup rows: %,d; generated in %.1f s; rolled up in %.1f s%n%n",
                        r.facts(), r.rollupRows(), r.generateSeconds(), r.rollupSeconds());
                System.out.println("| query | rollups (ms, median) | raw facts (ms, median) | raw / rollups |");
                System.out.println("|---|---:|---:|---:|");
                for (var t : r.timings()) {
                    System.out.printf("| %s | %.2f | %.1f | %.0f× |%n", t.query(), t.rollupMillis(), t.rawMillis(),
                            t.rawMillis() / Math.max(t.rollupMillis(), 0.001));
                }
                return 0;
            }
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Generate N documents of the imported province, index them in a temporary 公文检索 index and "
                    + "in schema search_bench, and time the same mixed queries through the search and through a plain "
                    + "ILIKE scan (markdown on stdout).")
    static class Search implements Callable<Integer> {

        @Option(names = "--documents", defaultValue = "100000", description = "documents to generate (default: ${DEFAULT-VALUE})")
        int documents;

        @Option(names = "--queries", defaultValue = "200", description = "timed queries per method (default: ${DEFAULT-VALUE})")
        int queries;

        @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = BatchContext.start(database)) {
                var r = context.getBean(SearchBenchmark.class).run(documents, queries, seed);
                System.out.printf("documents: %,d (%,d characters); indexed in %.1f s (index %,d bytes); "
                                + "loaded into PostgreSQL in %.1f s%n%n", r.documents(), r.textChars(), r.indexSeconds(),
                        r.indexBytes(), r.loadSeconds());
                System.out.println("| method | queries | p50 ms | p95 ms | p99 ms | max ms |");
                System.out.println("|---|---:|---:|---:|---:|---:|");
                for (var l : r.latencies()) {
                    System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", l.method(), l.queries(), l.p50(),
                            l.p95(), l.p99(), l.max());
                }
                return 0;
            }
        }
    }
}
