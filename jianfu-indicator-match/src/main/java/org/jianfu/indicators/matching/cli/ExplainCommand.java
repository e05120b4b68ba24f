package org.jianfu.indicators.matching.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.jianfu.indicators.matching.FieldMatcher;
import org.jianfu.indicators.matching.MatchResult;
import org.jianfu.indicators.matching.analysis.FieldAnalysis;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code indicators explain A B}: how the matcher reads two names and why it decides as it does. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show how two field names are analysed and the decision with its reason.")
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "first field name")
    String a;

    @Parameters(index = "1", description = "second field name")
    String b;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        FieldMatcher matcher = FieldMatcher.withShippedLexicon();
        describe(out, matcher.analyse(a));
        describe(out, matcher.analyse(b));
        MatchResult result = matcher.match(a, b);
        out.printf(Locale.ROOT, "same=%s score=%.4f %s%n", result.same(), result.score(), result.reason());
        out.flush();
        return 0;
    }

    private static void describe(PrintWriter out, FieldAnalysis field) {
        out.printf("%s → head [%s] qualifiers %s dimension %s unit %s synonyms %s%n", field.raw(), field.core(),
                field.qualifiers().values(), field.dimension(), field.unit() == null ? "-" : field.unit().name(),
                field.synonyms());
    }
}
