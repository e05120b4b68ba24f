package org.jianfu.documents.internal.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * CJK bigrams (Lucene's analysis-common): no dictionary, so names of places, units and new policy terms
 * are found as typed, which a word segmenter would split in its own way. The index also keeps single
 * characters so a one-character query (「税」) finds something; queries use bigrams only, which are
 * what makes a longer query precise.
 */
final class ChineseAnalyzers {

    private ChineseAnalyzers() {
    }

    static Analyzer forIndexing() {
        return analyzer(true);
    }

    static Analyzer forQueries() {
        return analyzer(false);
    }

    private static Analyzer analyzer(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream result = new CJKWidthFilter(source);
                result = new LowerCaseFilter(result);
                result = new CJKBigramFilter(result, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
                return new TokenStreamComponents(source, result);
            }
        };
    }
}
