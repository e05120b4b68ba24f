package org.jianfu.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianfu.crawl.CrawlSession.Fetch;

/**
 * Each README tour row, tried as written: sign in as each account the row names and open each place
 * the row starts from (a menu entry by its label, or a path). The later steps of a row ("会议 → 合并建议")
 * are followed where they are links and reported, not asserted: they depend on what the data shows.
 */
final class TourCheck {

    /** One account at one starting place of one row. */
    record Outcome(int row, String account, String start, URI uri, boolean ok, String detail, List<String> steps) {
        @Override
        public String toString() {
            return "row " + row + " · " + account + " · " + start + " → " + (uri == null ? "(not found)" : uri.getPath()
                    + (uri.getQuery() == null ? "" : "?" + uri.getQuery())) + " · " + (ok ? "OK" : "FAILED: " + detail)
                    + (steps.isEmpty() ? "" : " · then " + String.join(", ", steps));
        }
    }

    private static final Pattern ANCHOR = Pattern.compile("<a\\b([^>]*)>(.*?)</a>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("\\shref\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    private final Readme readme;
    private final String baseUrl;
    private final ServerLog log;

    TourCheck(Readme readme, String baseUrl, ServerLog log) {
        this.readme = readme;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    List<Outcome> run() throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        List<Readme.Row> rows = readme.tour();
        for (int i = 0; i < rows.size(); i++) {
            Readme.Row row = rows.get(i);
            List<String> accounts = accounts(row.cell(0));
            if (accounts.isEmpty()) {
                outcomes.add(new Outcome(i + 1, row.cell(0), row.cell(1), null, false, "the row names no demo account", List.of()));
            }
            for (String account : accounts) {
                for (String entry : row.cell(1).split(",")) {
                    outcomes.add(tryStart(i + 1, account, entry.strip()));
                }
            }
        }
        return outcomes;
    }

    /**
     * The accounts a "who signs in" cell names: full usernames in backticks; {@code .leader} after one
     * is the same unit's leader; "any cadre" is every demo account of that role. Patterns such as
     * {@code 620102.<unit>.clerk} name no one in particular and are left out.
     */
    List<String> accounts(String who) {
        List<String> accounts = new ArrayList<>();
        String previous = null;
        for (String token : Readme.backticked(who)) {
            if (token.startsWith(".") && previous != null) {
                token = previous.substring(0, previous.lastIndexOf('.')) + token;
            }
            if (Readme.isUsername(token)) {
                accounts.add(token);
                previous = token;
            }
        }
        Matcher any = Pattern.compile("\\bany (\\w+)").matcher(who);
        if (accounts.isEmpty() && any.find()) {
            String role = any.group(1);
            readme.demoAccounts().stream().filter(a -> a.role().contains(role)).forEach(a -> accounts.add(a.username()));
        }
        return accounts;
    }

    private Outcome tryStart(int row, String account, String entry) throws Exception {
        String[] steps = entry.split("→");
        String start = steps[0].strip();
        CrawlSession session;
        try {
            session = CrawlSession.signIn(baseUrl, account);
        } catch (AssertionError e) {
            return new Outcome(row, account, start, null, false, e.getMessage(), List.of());
        }
        Fetch home = session.get(session.base().resolve("/"), false);
        Optional<URI> target = start.startsWith("`")
                ? Links.resolve(home.uri(), start.replace("`", ""))
                : link(home, label(start));
        if (target.isEmpty()) {
            return new Outcome(row, account, start, null, false, "no menu entry or link \"" + label(start) + "\" on the home page", List.of());
        }
        Fetch page = session.get(target.get(), false);
        String problem = problem(page);
        List<String> later = new ArrayList<>();
        if (problem == null) {
            Fetch at = page;
            for (int s = 1; s < steps.length; s++) {
                String step = label(steps[s]);
                Optional<URI> next = link(at, step);
                if (next.isEmpty()) {
                    later.add(step + (at.text().contains(step) ? " (on the page, not a link: not followed)" : " (not on " + at.uri().getPath() + ")"));
                    break;
                }
                at = session.get(next.get(), false);
                String p = problem(at);
                later.add(step + " " + next.get().getPath() + (p == null ? " OK" : " " + p));
                if (p != null) {
                    break;
                }
            }
        }
        return new Outcome(row, account, start, target.get(), problem == null, problem, later);
    }

    private String problem(Fetch page) {
        List<String> logged = log.newProblems();
        if (page.failure() != null) {
            return "broken response " + page.failure();
        }
        if (page.status() != 200) {
            return "answered " + page.status();
        }
        if (page.uri().getPath().equals("/login")) {
            return "landed on the login page";
        }
        if (!CJK.matcher(page.text()).find()) {
            return "no Chinese on the page";
        }
        if (page.isHtml() && !page.text().stripTrailing().endsWith("</html>")) {
            return "page cut short";
        }
        if (!logged.isEmpty()) {
            return "server log: " + logged.getFirst();
        }
        return null;
    }

    /** The first link on the page whose text is the label (or ends with it, after an icon); else one containing it. */
    private static Optional<URI> link(Fetch page, String label) {
        if (page.failure() != null || !page.isHtml()) {
            return Optional.empty();
        }
        URI contains = null;
        Matcher m = ANCHOR.matcher(page.text());
        while (m.find()) {
            Matcher href = HREF.matcher(" " + m.group(1));
            if (!href.find()) {
                continue;
            }
            String text = m.group(2).replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
            Optional<URI> uri = Links.resolve(page.uri(), href.group(1).replace("&amp;", "&"));
            if (uri.isEmpty()) {
                continue;
            }
            if (text.equals(label) || text.endsWith(label) && text.length() <= label.length() + 2) {
                return uri;
            }
            if (contains == null && text.contains(label)) {
                contains = uri.get();
            }
        }
        return Optional.ofNullable(contains);
    }

    /** A step's words without the README's quotes and backticks. */
    private static String label(String step) {
        return step.replace("「", "").replace("」", "").replace("`", "").strip();
    }
}
