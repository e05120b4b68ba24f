package org.jianfu.cli;

import java.util.concurrent.Callable;
import org.jianfu.monitoring.BurdenBenchmark;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks on the database.",
        subcommands = BenchCommand.Monitoring.class)
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
}
