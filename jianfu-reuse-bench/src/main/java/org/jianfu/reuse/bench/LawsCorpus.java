package org.jianfu.reuse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The laws-zh Markdown files, each with its id (path relative to the corpus folder). */
public final class LawsCorpus {

    public record Law(String id, String text) {
        /** The file name without dates in brackets and extension: versions of one law share it. */
        public String family() {
            String name = id.substring(id.lastIndexOf('/') + 1).replaceAll("\\.md$", "");
            return name.replaceAll("[（(][0-9\\-]+[)）]", "");
        }
    }

    private LawsCorpus() {
    }

    public static List<Law> load(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().map(p -> read(folder, p))
                    .filter(law -> law.text().codePointCount(0, law.text().length()) >= 300).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Law read(Path folder, Path file) {
        try {
            return new Law(folder.relativize(file).toString().replace('\\', '/'),
                    Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
