package org.jianfu.reuse.engine.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jianfu.reuse.engine.shingle.FingerprintedText;

/**
 * The persistent fingerprint store, on Lucene: one Lucene document per text with its fingerprints as
 * positional terms and, stored, its id, content hash, offset map and (for the rewording-tolerant stage)
 * a deflated copy of its text ({@link TextStore}). Lucene gives what
 * the index needs without our own file format: atomic commits (a crash leaves the last commit), updates
 * by id, deletes, compressed postings and searchers that run while a writer adds.
 */
public final class FingerprintIndex implements Closeable {

    static final String ID = "id";
    static final String FINGERPRINTS = "fp";
    static final String CONTENT_HASH = "hash";
    static final String OFFSETS = "offsets";
    static final String TEXT = "text";
    /** The source's normalised title ({@code CitedTitles}), indexed, not stored: a draft citing it fetches it. */
    static final String TITLE = "title";
    /** Signatures of the document's units: how many documents hold a near-identical sentence. */
    static final String UNITS = "units";
    /**
     * Stored with a kept text: which stage-two fields the document has. 3 = kept text, titles and unit
     * signatures; a document without it (indexed before titles and units were) is re-added by {@code addIfChanged}.
     */
    static final String STAGE_TWO_FORMAT = "stageTwoFormat";
    private static final int CURRENT_STAGE_TWO_FORMAT = 3;
    private static final FieldType UNIT_TYPE = unitType();
    private static final String SHINGLE_LENGTH = "shingleLength";
    private static final String WINNOW_WINDOW = "winnowWindow";
    private static final FieldType FINGERPRINT_TYPE = fingerprintType();

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private FingerprintIndex(Directory directory, int shingleLength, int winnowWindow) throws IOException {
        this.directory = directory;
        checkSettings(directory, shingleLength, winnowWindow);
        IndexWriterConfig config = new IndexWriterConfig();
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        config.setCommitOnClose(false);
        this.writer = new IndexWriter(directory, config);
        writer.setLiveCommitData(Map.of(SHINGLE_LENGTH, Integer.toString(shingleLength),
                WINNOW_WINDOW, Integer.toString(winnowWindow)).entrySet());
        if (!DirectoryReader.indexExists(directory)) {
            writer.commit();
        }
        this.searchers = new SearcherManager(writer, true, false, null);
    }

    public static FingerprintIndex open(Path folder, int shingleLength, int winnowWindow) throws IOException {
        Files.createDirectories(folder);
        return new FingerprintIndex(FSDirectory.open(folder), shingleLength, winnowWindow);
    }

    public static boolean exists(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(folder)) {
            return DirectoryReader.indexExists(directory);
        }
    }

    public static FingerprintIndex inMemory(int shingleLength, int winnowWindow) {
        try {
            return new FingerprintIndex(new ByteBuffersDirectory(), shingleLength, winnowWindow);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the document, replacing any document with the same id. */
    public void put(String id, FingerprintedText text, long contentHash) throws IOException {
        put(id, text, contentHash, null);
    }

    /** As {@link #put(String, FingerprintedText, long)}, with the compressed text ({@link TextStore}) kept for the rewording-tolerant stage. */
    public void put(String id, FingerprintedText text, long contentHash, byte[] storedText) throws IOException {
        put(id, text, contentHash, storedText, java.util.List.of(), new long[0]);
    }

    /**
     * As {@link #put(String, FingerprintedText, long, byte[])}, with the source's normalised titles (none may
     * be null) and its distinct unit signatures ({@code UnitSignatures}; empty for none).
     */
    public void put(String id, FingerprintedText text, long contentHash, byte[] storedText,
            java.util.Collection<String> titles, long[] unitSignatures) throws IOException {
        Document document = new Document();
        if (unitSignatures.length > 0) {
            document.add(new Field(UNITS, new UnitTokenStream(unitSignatures), UNIT_TYPE));
        }
        for (String title : titles) {
            document.add(new StringField(TITLE, title, Field.Store.NO));
        }
        document.add(new StringField(ID, id, Field.Store.YES));
        document.add(new Field(FINGERPRINTS, new FingerprintTokenStream(text.selected()), FINGERPRINT_TYPE));
        document.add(new StoredField(CONTENT_HASH, contentHash));
        int[] starts = text.text().starts();
        int[] ends = text.text().ends();
        document.add(new StoredField(OFFSETS, OffsetMapCodec.encode(starts, ends, text.text().length())));
        if (storedText != null) {
            document.add(new StoredField(TEXT, storedText));
            document.add(new StoredField(STAGE_TWO_FORMAT, CURRENT_STAGE_TWO_FORMAT));
        }
        writer.updateDocument(new Term(ID, id), document);
    }

    public void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(ID, id));
    }

    /** Makes all changes durable and visible to searches. */
    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** The content hash of the visible document with this id, if any. */
    public OptionalLong contentHash(String id) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs hits = searcher.search(new TermQuery(new Term(ID, id)), 1);
            if (hits.scoreDocs.length == 0) {
                return OptionalLong.empty();
            }
            Document stored = searcher.storedFields().document(hits.scoreDocs[0].doc, java.util.Set.of(CONTENT_HASH));
            return OptionalLong.of(stored.getField(CONTENT_HASH).numericValue().longValue());
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Whether the visible document with this id keeps its text, titles and unit signatures as this version
     * indexes them (indexes built before the text was kept, or before titles and units were, do not).
     */
    public boolean keepsText(String id) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs hits = searcher.search(new TermQuery(new Term(ID, id)), 1);
            if (hits.scoreDocs.length == 0) {
                return false;
            }
            Document stored = searcher.storedFields().document(hits.scoreDocs[0].doc, java.util.Set.of(TEXT, STAGE_TWO_FORMAT));
            return stored.getBinaryValue(TEXT) != null && stored.getField(STAGE_TWO_FORMAT) != null
                    && stored.getField(STAGE_TWO_FORMAT).numericValue().intValue() >= CURRENT_STAGE_TWO_FORMAT;
        } finally {
            searchers.release(searcher);
        }
    }

    public IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    public void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /** Id and offset map of an indexed document. */
    public static SourceRecord load(IndexSearcher searcher, int document) throws IOException {
        StoredFields fields = searcher.storedFields();
        Document stored = fields.document(document);
        int[][] offsets = OffsetMapCodec.decode(stored.getBinaryValue(OFFSETS).bytes);
        return new SourceRecord(stored.get(ID), offsets[0], offsets[1]);
    }

    /** Id, content hash and kept text (null when indexed without it) of an indexed document. */
    public static IdAndText loadText(IndexSearcher searcher, int document, boolean withText) throws IOException {
        Document stored = searcher.storedFields().document(document,
                withText ? java.util.Set.of(ID, CONTENT_HASH, TEXT) : java.util.Set.of(ID, CONTENT_HASH));
        org.apache.lucene.util.BytesRef text = withText ? stored.getBinaryValue(TEXT) : null;
        return new IdAndText(stored.get(ID), stored.getField(CONTENT_HASH).numericValue().longValue(),
                text == null ? null : TextStore.decompress(text.bytes, text.offset, text.length));
    }

    public record IdAndText(String id, long contentHash, String text) {
    }

    /** The visible documents titled as one of {@code titles} (normalised), at most {@code max}, in title order. */
    public static java.util.List<Integer> titled(IndexSearcher searcher, java.util.Collection<String> titles, int max)
            throws IOException {
        java.util.List<Integer> documents = new java.util.ArrayList<>();
        for (String title : titles) {
            if (documents.size() >= max) {
                break;
            }
            TopDocs hits = searcher.search(new TermQuery(new Term(TITLE, title)), max - documents.size());
            for (var hit : hits.scoreDocs) {
                if (!documents.contains(hit.doc)) {
                    documents.add(hit.doc);
                }
            }
        }
        return documents;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close(); // commitOnClose is off: uncommitted changes are dropped
        } finally {
            directory.close();
        }
    }

    private static void checkSettings(Directory directory, int shingleLength, int winnowWindow) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        Map<String, String> stored = new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
        String k = stored.get(SHINGLE_LENGTH);
        String w = stored.get(WINNOW_WINDOW);
        if (k != null && (!k.equals(Integer.toString(shingleLength)) || !w.equals(Integer.toString(winnowWindow)))) {
            throw new IllegalStateException("index was built with shingleLength=" + k + ", winnowWindow=" + w
                    + " but opened with " + shingleLength + ", " + winnowWindow + "; rebuild it or use those settings");
        }
    }

    private static FieldType unitType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /** For each signature (0 = none), how many indexed documents hold a unit with it (deleted ones may count until merged). */
    public static int[] unitFrequencies(IndexSearcher searcher, long[] signatures) throws IOException {
        int[] frequencies = new int[signatures.length];
        for (var leaf : searcher.getIndexReader().leaves()) {
            org.apache.lucene.index.Terms terms = leaf.reader().terms(UNITS);
            if (terms == null) {
                continue;
            }
            org.apache.lucene.index.TermsEnum termsEnum = terms.iterator();
            for (int i = 0; i < signatures.length; i++) {
                if (signatures[i] != 0 && termsEnum.seekExact(UnitTokenStream.termBytes(signatures[i]))) {
                    frequencies[i] += termsEnum.docFreq();
                }
            }
        }
        return frequencies;
    }

    private static FieldType fingerprintType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
