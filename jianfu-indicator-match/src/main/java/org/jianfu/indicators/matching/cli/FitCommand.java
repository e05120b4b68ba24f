package org.jianfu.indicators.matching.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

import org.jianfu.indicators.matching.FieldMatcher;
import org.jianfu.indicators.matching.PairScorer;
import org.jianfu.indicators.matching.bench.BigramBaseline;
import org.jianfu.indicators.matching.bench.Confusion;
import org.jianfu.indicators.matching.learning.ScorerFit;
import org.jianfu.indicators.matching.learning.TierFigures;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code indicators fit --pairs LABELLED.tsv … --out scorer-weights.tsv}: fits the pair scorer
 * (logistic regression over the matcher's features) on labelled pairs, prints in-sample and
 * k-fold cross-validated tier figures, and writes the weights the product ships.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fit the pair scorer on labelled pairs; report in-sample and k-fold cross-validated figures.")
public final class FitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pairs", required = true, description = "labelled TSV (a, b, same); repeat for several sets")
    List<Path> files;

    @Option(names = "--holdout", description = "labelled TSV scored with weights fitted without it; repeatable")
    List<Path> holdouts = new ArrayList<>();

    @Option(names = "--folds", defaultValue = "10", description = "cross-validation folds, default ${DEFAULT-VALUE}")
    int folds;

    @Option(names = "--maybe-share", defaultValue = "0.25", description = "most of the fitting pairs that may be answered 可能相同; the 可能相同 threshold is the lowest that keeps within it, default ${DEFAULT-VALUE}")
    double maybeBudget;

    @Option(names = "--out", description = "where to write the weights (else only the figures are printed)")
    Path out;

    @Option(names = "--leave-one-set-out", description = "also score each --pairs set with weights fitted on the other sets, beside the bigram baseline on that set")
    boolean leaveOneSetOut;

    @Option(names = "--baseline-threshold", defaultValue = "0.5", description = "bigram Dice threshold of the baseline, default ${DEFAULT-VALUE}")
    double baselineThreshold;

    private record Example(double[] x, boolean same, String a, String b) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter text = spec.commandLine().getOut();
        FieldMatcher matcher = FieldMatcher.withShippedLexicon();
        List<Example> examples;
        List<Example> heldOut;
        try {
            examples = read(matcher, files);
            heldOut = read(matcher, holdouts);
        } catch (PairsFile.MalformedLineException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return MatchCommand.MALFORMED_INPUT;
        }
        PairScorer scorer = fit(examples);
        text.println(TierFigures.header());
        text.println(score(scorer, examples).row("in-sample"));
        text.println(crossValidate(examples).row(folds + "-fold cross-validated"));
        if (!heldOut.isEmpty()) {
            text.println(score(scorer, heldOut).row("held out (fitted without it)"));
        }
        if (leaveOneSetOut) {
            try {
                printLeaveOneSetOut(text, matcher);
            } catch (PairsFile.MalformedLineException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return MatchCommand.MALFORMED_INPUT;
            }
        }
        if (out != null) {
            Files.writeString(out, scorer.format("""
                    Pair scorer weights: logistic regression over PairFeatures, fitted by
                    indicators fit %s --maybe-share %s
                    on %d labelled pairs; do not edit by hand, refit instead.""".formatted(
                    String.join(" ", files.stream().map(f -> "--pairs " + f.getFileName()).toList()), maybeBudget,
                    examples.size())),
                    StandardCharsets.UTF_8);
            text.println("weights written to " + out);
        }
        text.flush();
        return 0;
    }

    /**
     * Each set scored by weights fitted on all the other sets: what a set the fit has never seen
     * would get from the scorer (the rules and the registry are shared, so this is optimistic for
     * sets the rules were written on). The bigram baseline runs on the same pairs.
     */
    private void printLeaveOneSetOut(PrintWriter text, FieldMatcher matcher) throws IOException, PairsFile.MalformedLineException {
        text.println();
        text.println("leave-one-set-out\t" + TierFigures.header().substring("figures\t".length())
                + "\tbaseline P\tbaseline R\tbaseline F1\tbaseline false merges");
        BigramBaseline baseline = new BigramBaseline(baselineThreshold);
        TierFigures pooled = TierFigures.empty();
        Confusion pooledBaseline = Confusion.empty();
        for (Path left : files) {
            List<Path> others = files.stream().filter(f -> !f.equals(left)).toList();
            List<Example> test = read(matcher, List.of(left));
            TierFigures figures = score(fit(read(matcher, others)), test);
            Confusion base = Confusion.empty();
            for (Example e : test) {
                base = base.add(baseline.same(e.a(), e.b()), e.same());
            }
            text.println(figures.row(left.getFileName().toString()) + baselineColumns(base));
            pooled = pooled.plus(figures);
            pooledBaseline = new Confusion(pooledBaseline.truePositives() + base.truePositives(),
                    pooledBaseline.falsePositives() + base.falsePositives(),
                    pooledBaseline.falseNegatives() + base.falseNegatives(),
                    pooledBaseline.trueNegatives() + base.trueNegatives());
        }
        text.println(pooled.row("pooled") + baselineColumns(pooledBaseline));
    }

    private static String baselineColumns(Confusion c) {
        return String.format(java.util.Locale.ROOT, "\t%.3f\t%.3f\t%.3f\t%d", c.precision(), c.recall(), c.f1(), c.falseMerges());
    }

    private List<Example> read(FieldMatcher matcher, List<Path> paths) throws IOException, PairsFile.MalformedLineException {
        List<Example> examples = new ArrayList<>();
        for (Path file : paths) {
            for (PairsFile.Row row : PairsFile.read(file, List.of("a", "b", "same"))) {
                examples.add(new Example(matcher.features(row.get("a"), row.get("b")),
                        Boolean.parseBoolean(row.get("same").strip()), row.get("a"), row.get("b")));
            }
        }
        return examples;
    }

    private PairScorer fit(List<Example> examples) {
        return ScorerFit.fit(examples.stream().map(Example::x).toList(), examples.stream().map(Example::same).toList(), maybeBudget);
    }

    private TierFigures crossValidate(List<Example> examples) {
        List<Example> shuffled = new ArrayList<>(examples);
        java.util.Collections.shuffle(shuffled, new Random(16));
        TierFigures total = TierFigures.empty();
        for (int fold = 0; fold < folds; fold++) {
            List<Example> train = new ArrayList<>();
            List<Example> test = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % folds == fold ? test : train).add(shuffled.get(i));
            }
            total = total.plus(score(fit(train), test));
        }
        return total;
    }

    private static TierFigures score(PairScorer scorer, List<Example> examples) {
        return ScorerFit.score(scorer, examples.stream().map(Example::x).toList(), examples.stream().map(Example::same).toList());
    }
}
