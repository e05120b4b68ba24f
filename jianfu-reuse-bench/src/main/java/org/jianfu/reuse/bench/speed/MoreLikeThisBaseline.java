package org.jianfu.reuse.bench.speed;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.jianfu.reuse.engine.Passage;
import org.jianfu.reuse.engine.ReuseSettings;
import org.jianfu.reuse.engine.match.PieceMerging;
import org.jianfu.reuse.engine.match.Piece;
import org.jianfu.reuse.engine.match.SeedChaining;
import org.jianfu.reuse.engine.match.SeedPairs;
import org.jianfu.reuse.engine.match.SourceAlignment;
import org.jianfu.reuse.engine.shingle.DocumentFingerprinter;
import org.jianfu.reuse.engine.shingle.FingerprintedText;

/**
 * The baseline: Lucene MoreLikeThis over CJK bigrams picks the candidates, then a straightforward
 * alignment compares every shingle of the query with every shingle of each candidate's stored text
 * (same normalisation, chaining and merging as the engine, so only candidate retrieval and
 * fingerprint density differ).
 */
final class MoreLikeThisBaseline implements Closeable {

    private static final int CANDIDATES = 20;

    private final FSDirectory directory;
    private final IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private final DocumentFingerprinter fingerprinter;
    private final SourceAlignment alignment;
    private final ReuseSettings settings;

    MoreLikeThisBaseline(Path folder, ReuseSettings settings) throws IOException {
        this.settings = settings;
        this.directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(new CJKAnalyzer());
        config.setRAMBufferSizeMB(128);
        this.writer = new IndexWriter(directory, config);
        this.fingerprinter = new DocumentFingerprinter(settings.shingleLength(), settings.winnowWindow());
        // Every shingle of the candidate is compared, so a verbatim copy has density 1, not 2 / (w + 1).
        this.alignment = new SourceAlignment(new SeedChaining(settings.shingleLength(), settings.maxGap(), settings.maxDrift()),
                new PieceMerging(settings.mergeGap(), settings.reorderSpan()), settings.minPassageLength(),
                settings.minSimilarity(), settings.shingleLength(), 1);
    }

    void add(String id, String text) throws IOException {
        Document document = new Document();
        document.add(new StringField("id", id, Field.Store.YES));
        document.add(new TextField("text", text, Field.Store.NO));
        document.add(new StoredField("raw", text));
        writer.addDocument(document);
    }

    void commit() throws IOException {
        writer.commit();
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    List<Passage> check(String text) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(new CJKAnalyzer());
        mlt.setFieldNames(new String[] {"text"});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(200);
        Query query = mlt.like("text", new StringReader(text));
        FingerprintedText fingerprinted = fingerprinter.fingerprint(text);
        Map<Integer, List<Integer>> queryShingles = new HashMap<>();
        int[] hashes = fingerprinted.shingleHashes();
        for (int i = 0; i < hashes.length; i++) {
            queryShingles.computeIfAbsent(hashes[i], h -> new ArrayList<>()).add(i);
        }
        List<Passage> passages = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, CANDIDATES).scoreDocs) {
            Document stored = searcher.storedFields().document(hit.doc);
            FingerprintedText candidate = fingerprinter.fingerprint(stored.get("raw"));
            SeedPairs seeds = new SeedPairs();
            int[] candidateHashes = candidate.shingleHashes();
            for (int s = 0; s < candidateHashes.length; s++) {
                List<Integer> at = queryShingles.get(candidateHashes[s]);
                if (at != null && at.size() <= 32) {
                    for (int q : at) {
                        seeds.add(q, s);
                    }
                }
            }
            for (Piece piece : alignment.align(seeds)) {
                passages.add(new Passage(fingerprinted.text().startAt(piece.queryStart()),
                        fingerprinted.text().endAt(piece.queryEnd() - 1), stored.get("id"),
                        candidate.text().startAt(piece.sourceStart()), candidate.text().endAt(piece.sourceEnd() - 1),
                        piece.similarity(settings.shingleLength(), 1)));
            }
        }
        return passages;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        writer.close();
        directory.close();
    }
}
