package org.jianfu.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jianfu.indicators.MatchConfirmations;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./jianfu indicators export-confirmations --out FILE.tsv}: what requesters answered to
 * 可能相同 pairs, as labelled pairs (a, b, same, source, when …) for the next {@code indicators fit --pairs}.
 * Added under {@code indicators} by {@link JianfuMain}, since that command lives in the matcher module,
 * which knows no database.
 */
@Command(name = "export-confirmations", mixinStandardHelpOptions = true,
        description = "Write the requesters' 可能相同 answers as labelled pairs (TSV: a, b, same, source, when, tier, score, reason).")
class ExportConfirmationsCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "FILE.tsv to write")
    Path out;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws IOException {
        try (ConfigurableApplicationContext context = BatchContext.start(database)) {
            int pairs = export(context.getBean(MatchConfirmations.class));
            System.out.printf("已导出 %d 对确认结果到 %s%n", pairs, out);
            return 0;
        }
    }

    /** Writes the file (all or nothing: a temporary file moved into place); returns the pairs written. */
    int export(MatchConfirmations confirmations) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            int pairs;
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                pairs = confirmations.writeTsv(writer);
            }
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return pairs;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
