package org.jianfu.reuse.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The *.md and *.txt files under a folder, recursively, in a stable order. */
final class CorpusFiles {

    private CorpusFiles() {
    }

    static List<Path> under(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(CorpusFiles::isText).sorted().toList();
        }
    }

    static boolean isText(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".txt");
    }

    /** The document id: the path relative to the corpus, with '/' separators. */
    static String idOf(Path corpus, Path file) {
        return corpus.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
