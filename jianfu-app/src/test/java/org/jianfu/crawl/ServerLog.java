package org.jianfu.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the server wrote: its console output plus any {@code *.log} file under its home (should logging
 * move to a file). Read incrementally, so what a request caused can be told apart from what came before.
 */
final class ServerLog {

    /** An ERROR line, a stack frame, a cause, or a Thymeleaf / SpEL template error. */
    private static final Pattern PROBLEM = Pattern.compile(
            "^\\S+\\s+ERROR\\s.*|^\\s+at [\\w.$/]+\\(.*|^Caused by: .*|^[\\w.$]+(?:Exception|Error)(?::.*)?$"
                    + "|.*(?:TemplateProcessingException|TemplateInputException|SpelEvaluationException|SpelParseException|EL1\\d{3}E).*");
    /** The lines that say what went wrong (not the frames), for a short report. */
    private static final Pattern HEADLINE = Pattern.compile("^\\S+\\s+ERROR\\s.*|^Caused by: .*|.*EL1\\d{3}E.*");

    private final Path console;
    private final Path home;
    private final Map<Path, Long> readUpTo = new HashMap<>();

    ServerLog(Path console, Path home) {
        this.console = console;
        this.home = home;
    }

    /** Everything written so far. */
    String text() {
        StringBuilder all = new StringBuilder();
        for (Path file : files()) {
            all.append(read(file, 0)).append('\n');
        }
        return all.toString();
    }

    /**
     * The problems written since the last call (an empty list when there were none): for each, its
     * headline lines, at most a few.
     */
    List<String> newProblems() {
        Set<String> headlines = new LinkedHashSet<>();
        boolean any = false;
        for (Path file : files()) {
            long from = readUpTo.getOrDefault(file, 0L);
            // only whole lines: a line being written is read next time
            String chunk = read(file, from);
            int lastNewline = chunk.lastIndexOf('\n');
            if (lastNewline < 0) {
                continue;
            }
            chunk = chunk.substring(0, lastNewline + 1);
            readUpTo.put(file, from + chunk.getBytes(StandardCharsets.UTF_8).length);
            for (String line : chunk.split("\n")) {
                if (PROBLEM.matcher(line).matches()) {
                    any = true;
                    if (HEADLINE.matcher(line).matches() && headlines.size() < 2) {
                        headlines.add(shorten(line));
                    }
                }
            }
        }
        if (!any) {
            return List.of();
        }
        return headlines.isEmpty() ? List.of("(a stack trace without an ERROR line)") : List.copyOf(headlines);
    }

    static boolean isProblem(String line) {
        return PROBLEM.matcher(line).matches();
    }

    private static String shorten(String line) {
        return line.length() > 400 ? line.substring(0, 400) + " …" : line;
    }

    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        files.add(console);
        if (Files.isDirectory(home)) {
            try (Stream<Path> walk = Files.walk(home)) {
                // PostgreSQL's own files are not the application's log
                walk.filter(p -> p.toString().endsWith(".log") && !p.toString().contains("/pg"))
                        .filter(Files::isRegularFile).forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                // the home is being written; the next read sees it
            }
        }
        return files;
    }

    private static String read(Path file, long from) {
        try (var in = Files.newInputStream(file)) {
            in.skipNBytes(Math.min(from, Files.size(file)));
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
