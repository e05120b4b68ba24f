package org.jianfu.crawl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The crawl's report under {@code target/crawl/}: every request with its time ({@code pages.tsv}), the
 * summary per account with what was found ({@code summary.txt}) and the tour check ({@code tour.txt}).
 * Times are recorded, never asserted.
 */
final class CrawlReport {

    private final Path folder;

    CrawlReport(Path folder) {
        this.folder = folder;
    }

    void pages(List<Crawler.Result> results) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("account\tkind\tstatus\tmillis\tbytes\turl\tfrom");
        for (Crawler.Result r : results) {
            for (Crawler.Visit v : r.visits()) {
                lines.add(String.join("\t", v.account(), v.kind(), String.valueOf(v.status()), String.valueOf(v.millis()),
                        String.valueOf(v.bytes()), v.uri().toString(), v.from().getPath()));
            }
        }
        write("pages.tsv", lines);
    }

    /** Per account: requests, time, the slowest page; then every failure and note. Returns the text also printed. */
    String summary(List<Crawler.Result> results, long startMillis, long totalMillis) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Crawl of the packaged server: start and demo data " + startMillis / 1000 + " s, whole test " + totalMillis / 1000 + " s");
        lines.add(String.format("%-28s %6s %6s %8s  %s", "account", "pages", "htmx", "seconds", "slowest"));
        for (Crawler.Result r : results) {
            long htmx = r.visits().stream().filter(v -> v.kind().equals("htmx")).count();
            Crawler.Visit slowest = r.visits().stream().max(java.util.Comparator.comparingLong(Crawler.Visit::millis)).orElse(null);
            lines.add(String.format("%-28s %6d %6d %8.1f  %s%s", r.account(), r.visits().size(), htmx, r.millis() / 1000.0,
                    slowest == null ? "" : slowest.millis() + " ms " + slowest.uri().getPath(),
                    r.bounded() ? "  (stopped at the page limit)" : ""));
        }
        for (Crawler.Result r : results) {
            r.failures().forEach(f -> lines.add("FAILURE " + f));
        }
        for (Crawler.Result r : results) {
            r.notes().forEach(f -> lines.add("note " + f));
        }
        write("summary.txt", lines);
        return String.join("\n", lines);
    }

    String tour(List<TourCheck.Outcome> outcomes) throws IOException {
        List<String> lines = outcomes.stream().map(TourCheck.Outcome::toString).toList();
        write("tour.txt", lines);
        return String.join("\n", lines);
    }

    private void write(String name, List<String> lines) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), lines, StandardCharsets.UTF_8);
    }
}
