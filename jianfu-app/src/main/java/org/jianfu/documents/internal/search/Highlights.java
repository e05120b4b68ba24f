package org.jianfu.documents.internal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Marks where the query's terms occur in a title or a stretch of the body. The answer is plain text
 * split into parts, each flagged as a hit or not: the page puts hits in {@code <mark>} with th:text, so
 * nothing of a document is ever rendered as markup.
 */
final class Highlights {

    /** One stretch of text; {@code hit} when it matched the query. */
    record Part(String text, boolean hit) {
    }

    static final int SNIPPET = 120;

    private Highlights() {
    }

    static List<Part> whole(String text, List<String> terms) {
        return parts(text, marks(text, terms));
    }

    /** About {@value #SNIPPET} characters of the body around its first hit (the start when none). */
    static List<Part> snippet(String body, List<String> terms) {
        String flat = body.replaceAll("\\s+", " ").strip();
        boolean[] marked = marks(flat, terms);
        int first = 0;
        while (first < marked.length && !marked[first]) {
            first++;
        }
        int start = first == marked.length ? 0 : Math.max(0, first - SNIPPET / 4);
        int end = Math.min(flat.length(), start + SNIPPET);
        List<Part> parts = new ArrayList<>();
        if (start > 0) {
            parts.add(new Part("…", false));
        }
        boolean[] window = new boolean[end - start];
        System.arraycopy(marked, start, window, 0, window.length);
        parts.addAll(parts(flat.substring(start, end), window));
        if (end < flat.length()) {
            parts.add(new Part("…", false));
        }
        return parts;
    }

    private static boolean[] marks(String text, List<String> terms) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] marked = new boolean[text.length()];
        if (lower.length() != text.length()) {
            return marked;
        }
        for (String term : terms) {
            for (int at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
                for (int i = at; i < at + term.length(); i++) {
                    marked[i] = true;
                }
            }
        }
        return marked;
    }

    private static List<Part> parts(String text, boolean[] marked) {
        List<Part> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                if (i > start) {
                    parts.add(new Part(text.substring(start, i), marked[start]));
                }
                start = i;
            }
        }
        return parts;
    }
}
