package org.jianfu.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The README's promises the crawl checks: its demo accounts and the rows of its tour. */
final class Readme {

    /** A row of a Markdown table, cells trimmed. */
    record Row(List<String> cells) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    /** A demo account and the README's words for its role. */
    record Account(String username, String role) {
    }

    static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");

    private final String text;

    Readme(String text) {
        this.text = text;
    }

    /** Every account the "Demo accounts" table names, in its order. */
    List<Account> demoAccounts() {
        List<Account> accounts = new ArrayList<>();
        for (Row row : table("## Demo accounts")) {
            for (String token : backticked(row.cell(1))) {
                if (USERNAME.matcher(token).matches()) {
                    accounts.add(new Account(token, row.cell(0)));
                }
            }
        }
        return accounts;
    }

    /** The rows of the tour table ("who signs in", "where", "what to see"). */
    List<Row> tour() {
        return table("## A tour");
    }

    static boolean isUsername(String token) {
        return USERNAME.matcher(token).matches();
    }

    static List<String> backticked(String cell) {
        List<String> tokens = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(cell);
        while (m.find()) {
            tokens.add(m.group(1).strip());
        }
        return tokens;
    }

    /** The body rows of the first table after the heading that starts with {@code heading}. */
    private List<Row> table(String heading) {
        int at = text.indexOf("\n" + heading);
        if (at < 0) {
            throw new AssertionError("README.md has no section \"" + heading + "\"");
        }
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : text.substring(at + 1).lines().skip(1).toList()) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            List<String> cells = splitCells(line);
            if (cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
                continue;
            }
            rows.add(new Row(cells));
        }
        if (!rows.isEmpty()) {
            rows.removeFirst(); // the header
        }
        return rows;
    }

    /** Cells of a table line; {@code \|} inside a cell is a literal bar. */
    private static List<String> splitCells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") && !inner.endsWith("\\|") ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.replace("\\|", "|").strip());
        }
        return cells;
    }
}
