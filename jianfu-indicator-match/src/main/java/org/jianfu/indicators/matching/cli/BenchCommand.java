package org.jianfu.indicators.matching.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.jianfu.indicators.matching.FieldMatcher;
import org.jianfu.indicators.matching.MatchResult;
import org.jianfu.indicators.matching.bench.BigramBaseline;
import org.jianfu.indicators.matching.bench.Confusion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code indicators bench --pairs LABELLED.tsv …}: precision, recall, F1 and false merges of the
 * shipped matcher and of the bigram baseline, on labelled pairs (columns a, b, same).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Score the matcher and the bigram-overlap baseline on labelled pairs.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pairs", required = true, description = "labelled TSV (a, b, same); repeat for several sets")
    List<Path> files;

    @Option(names = "--baseline-threshold", defaultValue = "0.5", description = "bigram Dice threshold, default ${DEFAULT-VALUE}")
    double baselineThreshold;

    @Option(names = "--errors", description = "also list the pairs the matcher gets wrong, with its reason")
    boolean showErrors;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        FieldMatcher matcher = FieldMatcher.withShippedLexicon();
        BigramBaseline baseline = new BigramBaseline(baselineThreshold);
        out.println("set\tmethod\tpairs\tprecision\trecall\tF1\tfalse merges\tmisses");
        Confusion allMatcher = Confusion.empty();
        Confusion allBaseline = Confusion.empty();
        for (Path file : files) {
            List<PairsFile.Row> rows;
            try {
                rows = PairsFile.read(file, List.of("a", "b", "same"));
            } catch (PairsFile.MalformedLineException | IOException e) {
                spec.commandLine().getErr().println(file + ": " + e.getMessage());
                return MatchCommand.MALFORMED_INPUT;
            }
            Confusion forMatcher = Confusion.empty();
            Confusion forBaseline = Confusion.empty();
            for (PairsFile.Row row : rows) {
                boolean labelled = Boolean.parseBoolean(row.get("same").strip());
                MatchResult result = matcher.match(row.get("a"), row.get("b"));
                forMatcher = forMatcher.add(result.same(), labelled);
                forBaseline = forBaseline.add(baseline.same(row.get("a"), row.get("b")), labelled);
                if (showErrors && result.same() != labelled) {
                    out.printf(Locale.ROOT, "  %s\t%s | %s\tlabel=%s score=%.3f %s%n",
                            result.same() ? "FALSE MERGE" : "MISS", row.get("a"), row.get("b"), labelled,
                            result.score(), result.reason());
                }
            }
            String name = file.getFileName().toString();
            print(out, name, "matcher", forMatcher);
            print(out, name, "bigram>=" + baselineThreshold, forBaseline);
            allMatcher = sum(allMatcher, forMatcher);
            allBaseline = sum(allBaseline, forBaseline);
        }
        if (files.size() > 1) {
            print(out, "all", "matcher", allMatcher);
            print(out, "all", "bigram>=" + baselineThreshold, allBaseline);
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String set, String method, Confusion c) {
        out.printf(Locale.ROOT, "%s\t%s\t%d\t%.3f\t%.3f\t%.3f\t%d\t%d%n", set, method, c.pairs(),
                c.precision(), c.recall(), c.f1(), c.falseMerges(), c.falseNegatives());
    }

    private static Confusion sum(Confusion x, Confusion y) {
        return new Confusion(x.truePositives() + y.truePositives(), x.falsePositives() + y.falsePositives(),
                x.falseNegatives() + y.falseNegatives(), x.trueNegatives() + y.trueNegatives());
    }
}
