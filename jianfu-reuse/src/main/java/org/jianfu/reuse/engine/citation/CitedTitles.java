package org.jianfu.reuse.engine.citation;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Titles a text cites (《中华人民共和国商标法》) and the title a source carries (its first line), both
 * normalised the same way so they can be matched: whitespace, the 中华人民共和国 prefix and bracketed
 * parts such as （2019年修正） or （试行） dropped. A draft that says 根据《中华人民共和国商标法》 declares
 * where it comes from; the engine uses that to fetch the cited source and to prefer it among near-equal
 * sources of one stretch (see {@code ReuseIndex}).
 */
public final class CitedTitles {

    /** Longer lines are prose, not a title. */
    static final int MAX_TITLE = 60;
    /** A text citing more titles than this (a list of laws) cites none in particular beyond these. */
    public static final int MAX_CITED = 16;
    private static final String COUNTRY = "中华人民共和国";

    private CitedTitles() {
    }

    /** The normalised title of a source: its first non-blank line when that looks like a title, else null. */
    public static String titleOf(String text) {
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(from, end).strip();
            if (!line.isEmpty()) {
                line = line.replaceFirst("^#+", "").strip();
                if (line.length() > MAX_TITLE || line.chars().anyMatch(c -> c == '。' || c == '；' || c == '，')) {
                    return null;
                }
                String title = normalise(line);
                return title.isEmpty() ? null : title;
            }
            from = end + 1;
        }
        return null;
    }

    /**
     * The normalised title a document id spells, when ids are file names (民法商法/商标法(2019-04-23).md):
     * the last path segment without its extension; null when nothing is left.
     */
    public static String titleOfId(String id) {
        String name = id.substring(Math.max(id.lastIndexOf('/'), id.lastIndexOf(':')) + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.length() - dot <= 5) {
            name = name.substring(0, dot);
        }
        if (name.length() > MAX_TITLE) {
            return null;
        }
        String title = normalise(name);
        return title.isEmpty() ? null : title;
    }

    /** The normalised titles inside 《…》 (and 〈…〉 or <…> nested in one), at most {@value #MAX_CITED}, in order. */
    public static Set<String> citedIn(String text) {
        Set<String> titles = new LinkedHashSet<>();
        int at = 0;
        while (titles.size() < MAX_CITED) {
            int open = text.indexOf('《', at);
            if (open < 0) {
                break;
            }
            int close = text.indexOf('》', open + 1);
            if (close < 0 || close - open - 1 > MAX_TITLE * 2) {
                at = open + 1;
                continue;
            }
            String inside = text.substring(open + 1, close);
            addNested(inside, titles);
            String title = normalise(inside);
            if (!title.isEmpty()) {
                titles.add(title);
            }
            at = close + 1;
        }
        return titles;
    }

    /**
     * The titles the text names as its legal basis: those cited in its title line (实施《X法》办法) and in
     * the sentence that says what it is made under (根据《X法》，制定本办法). A draft implementing a law
     * declares it there; a law mentioned elsewhere is only referred to.
     */
    public static Set<String> basisIn(String text) {
        Set<String> titles = new LinkedHashSet<>();
        String first = text.strip();
        int lineEnd = first.indexOf('\n');
        String titleLine = lineEnd < 0 ? first : first.substring(0, lineEnd);
        if (titleLine.length() <= MAX_TITLE) {
            titles.addAll(citedIn(titleLine));
        }
        int made = text.indexOf("制定本");
        if (made >= 0) {
            int from = made;
            while (from > 0 && "。；\n".indexOf(text.charAt(from - 1)) < 0) {
                from--;
            }
            titles.addAll(citedIn(text.substring(from, made)));
        }
        return titles;
    }

    /** 《关于修改〈中华人民共和国商标法〉的决定》 cites the 商标法 too. */
    private static void addNested(String inside, Set<String> titles) {
        for (int i = 0; i < inside.length(); i++) {
            char open = inside.charAt(i);
            char close = open == '〈' ? '〉' : open == '<' ? '>' : 0;
            if (close == 0) {
                continue;
            }
            int end = inside.indexOf(close, i + 1);
            if (end > i + 1) {
                String title = normalise(inside.substring(i + 1, end));
                if (!title.isEmpty()) {
                    titles.add(title);
                }
                i = end;
            }
        }
    }

    static String normalise(String title) {
        StringBuilder out = new StringBuilder(title.length());
        int depth = 0;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && !Character.isWhitespace(c) && c != '\u3000') {
                out.append(c);
            }
        }
        String s = out.toString();
        return s.startsWith(COUNTRY) ? s.substring(COUNTRY.length()) : s;
    }
}
