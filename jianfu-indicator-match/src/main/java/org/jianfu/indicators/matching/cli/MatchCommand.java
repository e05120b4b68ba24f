package org.jianfu.indicators.matching.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.jianfu.indicators.matching.FieldMatcher;
import org.jianfu.indicators.matching.MatchResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code indicators match --pairs IN.tsv --out OUT.tsv}: the contract in indicator-match-cli.md. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Decide for each pair of field names whether one reported number answers both.")
public final class MatchCommand implements Callable<Integer> {

    static final int MALFORMED_INPUT = 1;
    static final int UNREADABLE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--pairs", required = true, description = "UTF-8 TSV with a header and columns a, b")
    Path pairs;

    @Option(names = "--out", required = true, description = "TSV to write: a, b, same, score, tier")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<PairsFile.Row> rows;
        try {
            rows = PairsFile.read(pairs, List.of("a", "b"));
        } catch (PairsFile.MalformedLineException e) {
            err.println(pairs + ": malformed " + e.getMessage());
            err.flush();
            return MALFORMED_INPUT;
        } catch (NoSuchFileException e) {
            err.println("cannot read " + pairs + ": no such file");
            err.flush();
            return UNREADABLE;
        } catch (IOException e) {
            err.println("cannot read " + pairs + ": " + e.getMessage());
            err.flush();
            return UNREADABLE;
        }
        FieldMatcher matcher = FieldMatcher.withShippedLexicon();
        StringBuilder table = new StringBuilder("a\tb\tsame\tscore\ttier\n");
        for (PairsFile.Row row : rows) {
            MatchResult result = matcher.match(row.get("a"), row.get("b"));
            table.append(row.get("a")).append('\t').append(row.get("b")).append('\t')
                    .append(result.same()).append('\t')
                    .append(String.format(Locale.ROOT, "%.4f", result.score())).append('\t')
                    .append(result.tier().code()).append('\n');
        }
        try {
            writeAtomically(out, table.toString());
        } catch (IOException e) {
            err.println("cannot write " + out + ": " + e.getMessage());
            err.flush();
            return UNREADABLE;
        }
        return 0;
    }

    // A reader of OUT.tsv never sees half a file.
    private static void writeAtomically(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), ".match-", ".tsv");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
