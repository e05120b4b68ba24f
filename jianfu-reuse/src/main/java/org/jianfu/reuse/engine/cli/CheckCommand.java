package org.jianfu.reuse.engine.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jianfu.reuse.engine.ReuseIndex;
import org.jianfu.reuse.engine.ReuseReport;
import org.jianfu.reuse.engine.ReuseSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reuse check --index DIR --out FILE.jsonl PATH...}: one JSON line per query document. A file
 * that cannot be read gets a line with an "error" field and the batch goes on.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check files (or folders of *.md, *.txt) against the index; write JSON lines.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
    Path indexFolder;

    @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", description = "Output, one JSON object per line.")
    Path out;

    @Option(names = "--min-passage", paramLabel = "CHARS",
            description = "Shortest passage reported, in normalised characters (default: 40).")
    Integer minPassage;

    @Option(names = "--max-file-mb", defaultValue = "64", paramLabel = "MB",
            description = "Skip larger files (default: ${DEFAULT-VALUE}).")
    int maxFileMb;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to check.")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(indexFolder)) {
            err.println("reuse check: index folder not found: " + indexFolder);
            return 1;
        }
        if (!ReuseIndex.exists(indexFolder)) {
            err.println("reuse check: no index in " + indexFolder + " (run reuse index first)");
            return 1;
        }
        int problems = 0;
        List<String> queries = new ArrayList<>();
        for (String path : paths) {
            Path given = Path.of(path);
            if (Files.isDirectory(given)) {
                CorpusFiles.under(given).forEach(file -> queries.add(file.toString()));
            } else if (Files.isRegularFile(given)) {
                queries.add(path);
            } else {
                err.println("reuse check: no such file or folder: " + path);
                problems++;
            }
        }
        ReuseSettings settings = ReuseSettings.defaults();
        if (minPassage != null) {
            settings = settings.withMinPassageLength(minPassage);
        }
        TextFileReader reader = new TextFileReader(maxFileMb * 1024L * 1024L);
        ProgressLine progress = new ProgressLine(err, "checking", queries.size());
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (ReuseIndex index = ReuseIndex.open(indexFolder, settings);
                BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < queries.size(); i++) {
                String query = queries.get(i);
                TextFileReader.Result read = reader.read(Path.of(query));
                if (read.ok()) {
                    ReuseReport report = index.check(read.text());
                    writer.write(ReportJson.of(query, report));
                } else {
                    progress.message("reuse check: skipped " + query + ": " + read.problem());
                    writer.write(ReportJson.ofProblem(query, read.problem()));
                    problems++;
                }
                writer.write('\n');
                progress.update(i + 1, false);
            }
            progress.finish(queries.size());
        }
        err.printf("reuse check: %d documents checked, %d skipped; results in %s%n",
                queries.size() - problems, problems, out);
        return problems > 0 ? 2 : 0;
    }
}
