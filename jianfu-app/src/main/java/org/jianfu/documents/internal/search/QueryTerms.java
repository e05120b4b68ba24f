package org.jianfu.documents.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** The terms of a query text with their positions (for phrases), as the query analyzer makes them. */
record QueryTerms(List<String> terms, List<Integer> positions) {

    private static final Analyzer ANALYZER = ChineseAnalyzers.forQueries();

    static QueryTerms of(String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream(SearchIndex.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QueryTerms(List.copyOf(terms), List.copyOf(positions));
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
