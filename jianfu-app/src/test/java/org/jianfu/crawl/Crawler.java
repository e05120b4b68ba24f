package org.jianfu.crawl;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jianfu.crawl.CrawlSession.Fetch;

/**
 * Breadth-first from the home page over every GET a signed-in person is offered (links, row links, htmx
 * GETs), same site only, never signing out. Bounded: at most {@link #PAGE_LIMIT} requests per person,
 * {@link #SAME_KIND_LIMIT} pages of one kind (so {@code /documents/{n}} does not eat the budget) and
 * one export of each kind.
 */
final class Crawler {

    static final int PAGE_LIMIT = 150;
    static final int SAME_KIND_LIMIT = 4;
    static final int SAME_DOWNLOAD_LIMIT = 1;

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    /** One request of the crawl, for the report. */
    record Visit(String account, URI uri, String kind, int status, long millis, int bytes, URI from) {
    }

    /** Something a person would have met: an error, an English error page, a broken page, a log entry. */
    record Finding(String account, URI uri, URI from, String what) {
        @Override
        public String toString() {
            return account + " " + uri + " (linked from " + from + "): " + what;
        }
    }

    /** What one person's crawl saw. */
    record Result(String account, List<Visit> visits, List<Finding> failures, List<Finding> notes, long millis, boolean bounded) {
    }

    private record Next(URI uri, boolean htmx, URI from) {
    }

    private final ServerLog log;

    Crawler(ServerLog log) {
        this.log = log;
    }

    Result crawl(CrawlSession session, String account) throws InterruptedException {
        long start = System.nanoTime();
        List<Visit> visits = new ArrayList<>();
        List<Finding> failures = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        Deque<Next> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> perKind = new HashMap<>();
        URI home = session.base().resolve("/");
        queue.add(new Next(home, false, home));
        seen.add(home.toString());
        boolean bounded = false;
        log.newProblems(); // what came before this person signed in is not theirs
        while (!queue.isEmpty()) {
            if (visits.size() >= PAGE_LIMIT) {
                bounded = true;
                break;
            }
            Next next = queue.poll();
            boolean download = Links.isDownload(next.uri());
            String kind = Links.kind(next.uri());
            int sameKind = perKind.merge(kind, 1, Integer::sum);
            if (sameKind > (download ? SAME_DOWNLOAD_LIMIT : SAME_KIND_LIMIT)) {
                continue;
            }
            Fetch fetch = session.get(next.uri(), next.htmx());
            visits.add(new Visit(account, next.uri(), next.htmx() ? "htmx" : download ? "download" : "page",
                    fetch.status(), fetch.millis(), fetch.body().length, next.from()));
            seen.add(fetch.uri().toString());
            check(account, next, fetch, failures, notes);
            if (fetch.failure() == null && fetch.isHtml() && fetch.status() < 400) {
                for (Links.Link link : Links.in(fetch.text(), fetch.uri())) {
                    URI uri = link.uri();
                    if (Links.changesState(uri) || Links.isAsset(uri) || !seen.add(uri.toString())) {
                        continue;
                    }
                    queue.add(new Next(uri, link.htmx(), fetch.uri()));
                }
            }
        }
        return new Result(account, visits, failures, notes, (System.nanoTime() - start) / 1_000_000, bounded);
    }

    private void check(String account, Next next, Fetch fetch, List<Finding> failures, List<Finding> notes) {
        for (String problem : log.newProblems()) {
            failures.add(new Finding(account, next.uri(), next.from(), "server log: " + problem));
        }
        if (fetch.failure() != null) {
            failures.add(new Finding(account, next.uri(), next.from(), "broken response: " + fetch.failure()));
            return;
        }
        String body = fetch.isHtml() || fetch.contentType().contains("json") || fetch.contentType().startsWith("text/")
                ? fetch.text() : "";
        if (fetch.status() >= 500) {
            failures.add(new Finding(account, next.uri(), next.from(), "answered " + fetch.status()));
        }
        if (fetch.status() >= 400 && !CJK.matcher(body).find()) {
            failures.add(new Finding(account, next.uri(), next.from(),
                    "English-only error page (" + fetch.status() + "): " + abbreviate(body)));
        } else if (body.contains("Whitelabel Error Page")) {
            failures.add(new Finding(account, next.uri(), next.from(), "Spring's English whitelabel error page"));
        } else if (fetch.status() >= 400 && fetch.status() < 500) {
            notes.add(new Finding(account, next.uri(), next.from(), "a link to a Chinese error page (" + fetch.status() + ")"));
        }
        if (fetch.status() < 400 && fetch.isHtml() && body.stripLeading().regionMatches(true, 0, "<!DOCTYPE html", 0, 14)
                && !body.stripTrailing().endsWith("</html>")) {
            failures.add(new Finding(account, next.uri(), next.from(), "page cut short (its rendering failed half-way)"));
        }
        if (fetch.uri().getPath().equals("/login")) {
            failures.add(new Finding(account, next.uri(), next.from(), "signed out: landed on the login page"));
        }
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + " …" : flat;
    }
}
