package org.jianfu.reuse.bench.realworld;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The judge's sentences: a text's body (after the header) cut at 。；！？ and line ends, each with its
 * code point range and its character bigrams over letters, digits and Han characters only, with leading
 * numbering (第十二条, （一）, 1.) dropped. Independent of the engine's normalisation on purpose.
 */
final class Sentences {

    static final int MIN_CHARACTERS = 15;
    private static final Pattern NUMBERING = Pattern.compile(
            "^(第[一二三四五六七八九十百千零〇0-9]+[条章节款项]|[（(][一二三四五六七八九十0-9]+[)）]|[一二三四五六七八九十0-9]+[、.．])");

    record Sentence(int start, int end, String plain, Set<Integer> bigrams) {
    }

    private Sentences() {
    }

    /** Sentences of at least {@link #MIN_CHARACTERS} letters, digits and Han characters. */
    static List<Sentence> of(String text) {
        int[] cps = text.codePoints().toArray();
        int body = bodyStart(text);
        List<Sentence> sentences = new ArrayList<>();
        int start = body;
        for (int i = body; i <= cps.length; i++) {
            if (i == cps.length || "。；！？\n".indexOf(cps[i]) >= 0) {
                int end = i == cps.length ? i : i + 1;
                add(sentences, cps, start, end);
                start = end;
            }
        }
        return sentences;
    }

    private static void add(List<Sentence> sentences, int[] cps, int start, int end) {
        String raw = new String(cps, start, end - start).strip();
        raw = NUMBERING.matcher(raw).replaceFirst("");
        StringBuilder plain = new StringBuilder();
        raw.codePoints().filter(Character::isLetterOrDigit).forEach(plain::appendCodePoint);
        int[] p = plain.codePoints().toArray();
        if (p.length < MIN_CHARACTERS) {
            return;
        }
        Set<Integer> bigrams = new HashSet<>();
        for (int i = 0; i + 1 < p.length; i++) {
            bigrams.add(p[i] * 31 + p[i + 1] * 1_000_003);
        }
        sentences.add(new Sentence(start, end, plain.toString(), bigrams));
    }

    static double dice(Set<Integer> a, Set<Integer> b) {
        Set<Integer> small = a.size() <= b.size() ? a : b;
        Set<Integer> large = small == a ? b : a;
        int shared = 0;
        for (int x : small) {
            if (large.contains(x)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    /** Code point offset where the body starts: after the "<!-- INFO END -->" header, else after the title. */
    static int bodyStart(String text) {
        int marker = text.indexOf("<!-- INFO END -->");
        int charIndex = marker >= 0 ? marker + "<!-- INFO END -->".length() : Math.max(0, text.indexOf('\n') + 1);
        return text.codePointCount(0, charIndex);
    }
}
