package org.jianfu.reuse.internal;

import java.util.List;
import org.jianfu.reuse.engine.Passage;

/**
 * One copied passage as the page shows it: the draft's words and the source's words, each cut from
 * the original texts by code-point offsets, with a little context around the source.
 */
record SideBySide(String queryText, String sourceTitle, String sourceRelation, String sourceBefore, String sourceText,
                  String sourceAfter, int similarityPercent, int queryStart, int queryEnd) {

    private static final int CONTEXT = 30;
    private static final int MAX_SHOWN = 600;

    /** {@code source} is null when the viewer may not read it: then only {@code hiddenLabel} is shown. */
    static SideBySide of(Passage p, String query, SourceTexts.Source source, String hiddenLabel) {
        String sourceText = source == null ? "" : source.text();
        return new SideBySide(cut(query, p.queryStart(), p.queryEnd()),
                source == null ? hiddenLabel : source.title(), source == null ? "无权查看原文" : source.relationWithLevel(),
                cut(sourceText, Math.max(0, p.sourceStart() - CONTEXT), p.sourceStart()),
                cut(sourceText, p.sourceStart(), p.sourceEnd()),
                cut(sourceText, p.sourceEnd(), Math.min(sourceText.codePointCount(0, sourceText.length()), p.sourceEnd() + CONTEXT)),
                (int) Math.round(p.similarity() * 100), p.queryStart(), p.queryEnd());
    }

    /** Cuts by code points, and shortens very long passages in the middle. */
    static String cut(String text, int start, int end) {
        int length = text.codePointCount(0, text.length());
        int from = Math.min(Math.max(0, start), length);
        int to = Math.min(Math.max(from, end), length);
        String piece = text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
        if (to - from > MAX_SHOWN) {
            int half = MAX_SHOWN / 2;
            int headEnd = piece.offsetByCodePoints(0, half);
            int tailStart = piece.offsetByCodePoints(0, piece.codePointCount(0, piece.length()) - half);
            return piece.substring(0, headEnd) + " …… " + piece.substring(tailStart);
        }
        return piece;
    }

    static List<SideBySide> all(List<Passage> passages, String query, java.util.function.Function<String, SourceTexts.Source> sources,
                                java.util.function.UnaryOperator<String> hiddenLabel) {
        return passages.stream().map(p -> {
            SourceTexts.Source source = sources.apply(p.source());
            return of(p, query, source, source == null ? hiddenLabel.apply(p.source()) : null);
        }).toList();
    }
}
