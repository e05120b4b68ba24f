package org.jianfu.reuse.engine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jianfu.reuse.engine.ReuseIndex;
import org.jianfu.reuse.engine.ReuseSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reuse index --corpus DIR --index DIR}: adds new and changed files to the index. Commits every
 * {@code --commit-every} files, so an interrupted run keeps what it had committed, and a rerun skips
 * the unchanged files.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Index every *.md and *.txt file under --corpus (ids are relative paths).")
final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of documents.")
    Path corpus;

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder (created if missing).")
    Path indexFolder;

    @Option(names = "--commit-every", defaultValue = "2000", paramLabel = "N",
            description = "Commit after this many files (default: ${DEFAULT-VALUE}).")
    int commitEvery;

    @Option(names = "--max-file-mb", defaultValue = "64", paramLabel = "MB",
            description = "Skip larger files (default: ${DEFAULT-VALUE}).")
    int maxFileMb;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(corpus)) {
            err.println("reuse index: corpus folder not found: " + corpus);
            return 1;
        }
        List<Path> files = CorpusFiles.under(corpus);
        TextFileReader reader = new TextFileReader(maxFileMb * 1024L * 1024L);
        ProgressLine progress = new ProgressLine(err, "indexing", files.size());
        int added = 0;
        int unchanged = 0;
        int skipped = 0;
        try (ReuseIndex index = ReuseIndex.open(indexFolder, ReuseSettings.defaults())) {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                String id = CorpusFiles.idOf(corpus, file);
                TextFileReader.Result read = reader.read(file);
                if (!read.ok()) {
                    progress.message("reuse index: skipped " + file + ": " + read.problem());
                    skipped++;
                } else if (index.addIfChanged(id, read.text())) {
                    added++;
                } else {
                    unchanged++;
                }
                if ((i + 1) % commitEvery == 0) {
                    index.commit();
                }
                progress.update(i + 1, false);
            }
            index.commit();
            progress.finish(files.size());
            err.printf("reuse index: %d added or replaced, %d unchanged, %d skipped; %d documents in %s%n",
                    added, unchanged, skipped, index.size(), indexFolder);
        }
        return skipped > 0 ? 2 : 0;
    }
}
