package org.jianfu.reuse.engine.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jianfu.reuse.engine.match.SeedPairs;

/**
 * Looks up the query's shingles in the index and returns, per source document, the pairs of query and
 * source positions that share a fingerprint. Fingerprints found in more than {@code maxDocFrequency}
 * documents are boilerplate (依法追究刑事责任, 本条例自…起施行) and seed nothing.
 */
public final class SeedLookup {

    /** Shingles repeated more often than this inside one text are its own boilerplate. */
    public static final int MAX_OCCURRENCES = 32;

    private SeedLookup() {
    }

    /**
     * @param shingles the query's distinct shingle hashes, sorted as unsigned ints
     * @param positions for each of them, its positions in the query
     */
    public static Map<Integer, SeedPairs> seeds(IndexSearcher searcher, int[] shingles, int[][] positions,
            int maxDocFrequency) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        TermState[][] states = new TermState[leaves.size()][];
        int[] docFrequency = new int[shingles.length];
        BytesRef term = new BytesRef(new byte[4]);
        for (int l = 0; l < leaves.size(); l++) {
            Terms terms = leaves.get(l).reader().terms(FingerprintIndex.FINGERPRINTS);
            if (terms == null) {
                continue;
            }
            states[l] = new TermState[shingles.length];
            TermsEnum termsEnum = terms.iterator();
            for (int h = 0; h < shingles.length; h++) {
                setTerm(term, shingles[h]);
                if (termsEnum.seekExact(term)) {
                    docFrequency[h] += termsEnum.docFreq();
                    states[l][h] = termsEnum.termState();
                }
            }
        }
        Map<Integer, SeedPairs> seeds = new HashMap<>();
        PostingsEnum postings = null;
        for (int l = 0; l < leaves.size(); l++) {
            if (states[l] == null) {
                continue;
            }
            LeafReaderContext leaf = leaves.get(l);
            Bits live = leaf.reader().getLiveDocs();
            TermsEnum termsEnum = leaf.reader().terms(FingerprintIndex.FINGERPRINTS).iterator();
            for (int h = 0; h < shingles.length; h++) {
                if (states[l][h] == null || docFrequency[h] > maxDocFrequency) {
                    continue;
                }
                setTerm(term, shingles[h]);
                termsEnum.seekExact(term, states[l][h]);
                postings = termsEnum.postings(postings, PostingsEnum.POSITIONS);
                for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    SeedPairs pairs = seeds.computeIfAbsent(leaf.docBase + doc, d -> new SeedPairs());
                    pairs.countHit();
                    int frequency = postings.freq();
                    if (frequency > MAX_OCCURRENCES) {
                        continue; // repeated inside the source: a list marker, not copied prose
                    }
                    for (int f = 0; f < frequency; f++) {
                        int sourcePosition = postings.nextPosition();
                        for (int queryPosition : positions[h]) {
                            pairs.add(queryPosition, sourcePosition);
                        }
                    }
                }
            }
        }
        return seeds;
    }

    private static void setTerm(BytesRef term, int hash) {
        byte[] bytes = term.bytes;
        bytes[0] = (byte) (hash >>> 24);
        bytes[1] = (byte) (hash >>> 16);
        bytes[2] = (byte) (hash >>> 8);
        bytes[3] = (byte) hash;
    }
}
