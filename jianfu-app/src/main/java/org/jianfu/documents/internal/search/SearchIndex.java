package org.jianfu.documents.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jianfu.documents.internal.Beijing;
import org.jianfu.platform.HeldByAnotherProcessException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's Lucene index of 公文 under {@code jianfu.documents.search.index-dir}. The database is the
 * source of truth: a missing index is rebuilt from it, and the commit remembers up to which transaction
 * it has read ({@link #XMIN}), so a restart only re-reads what changed since.
 */
@Component
class SearchIndex implements DisposableBean {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String NUMBER = "number";
    static final String ISSUER = "issuer";
    static final String ISSUER_SHORT = "issuerShort";
    static final String KIND = "kind";
    static final String STATE = "state";
    static final String AT = "at";
    static final String DAY = "day";
    /** Scope terms: the lead unit, co-issuers, recipients (only once issued), the issuer's division and those above. */
    static final String LEAD_UNIT = "leadUnit";
    static final String CO_ISSUER = "coIssuer";
    static final String RECEIVED_BY = "receivedBy";
    static final String ISSUER_PATH = "issuerPath";
    private static final String XMIN = "xmin";

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile long readUpTo;

    SearchIndex(@Value("${jianfu.documents.search.index-dir}") Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            FSDirectory directory = FSDirectory.open(dir);
            boolean exists = DirectoryReader.indexExists(directory);
            this.writer = new IndexWriter(directory, new IndexWriterConfig(ChineseAnalyzers.forIndexing())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            Map<String, String> data = exists ? DirectoryReader.listCommits(directory).getLast().getUserData() : Map.of();
            this.readUpTo = Long.parseLong(data.getOrDefault(XMIN, "0"));
        } catch (LockObtainFailedException e) {
            throw new HeldByAnotherProcessException("公文检索索引正被运行中的服务器或另一条 ./jianfu 命令占用（"
                    + dir.toAbsolutePath() + "）：请先停止 ./jianfu serve 或等那条命令结束，再运行此命令", e);
        }
        this.searchers = new SearcherManager(writer, null);
    }

    /** Transactions from this id on may have changed documents not yet in the index. */
    long readUpTo() {
        return readUpTo;
    }

    /** Replaces the given documents (by id), then commits with the new mark and opens a fresh searcher. */
    synchronized void apply(List<IndexedDocument> changed, long newMark) {
        try {
            for (IndexedDocument d : changed) {
                writer.updateDocument(new Term(ID, Long.toString(d.id())), fields(d));
            }
            // nothing changed: the mark moves in memory only (no fsync per search); a restart re-reads a little
            if (!changed.isEmpty()) {
                writer.setLiveCommitData(Map.of(XMIN, Long.toString(newMark)).entrySet());
                writer.commit();
                searchers.maybeRefreshBlocking();
            }
            readUpTo = newMark;
        } catch (IOException e) {
            throw new UncheckedIOException("公文检索索引写入失败", e);
        }
    }

    <T> T withSearcher(SearchWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("公文检索索引读取失败", e);
        }
    }

    interface SearchWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private static Document fields(IndexedDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(d.id()), Field.Store.YES));
        doc.add(new TextField(TITLE, d.title(), Field.Store.YES));
        doc.add(new TextField(BODY, d.body(), Field.Store.YES));
        if (d.documentNumber() != null) {
            doc.add(new TextField(NUMBER, d.documentNumber(), Field.Store.YES));
        }
        doc.add(new TextField(ISSUER, d.issuerNames(), Field.Store.NO));
        doc.add(new StoredField(ISSUER_SHORT, d.issuerShortName()));
        doc.add(new StringField(KIND, d.kind().name(), Field.Store.YES));
        doc.add(new StringField(STATE, d.state().name(), Field.Store.YES));
        long millis = d.at().toEpochMilli();
        doc.add(new NumericDocValuesField(AT, millis));
        doc.add(new StoredField(AT, millis));
        doc.add(new LongPoint(DAY, LocalDate.ofInstant(d.at(), Beijing.ZONE).toEpochDay()));
        doc.add(new StringField(LEAD_UNIT, Long.toString(d.issuingUnitId()), Field.Store.NO));
        d.coIssuerIds().forEach(u -> doc.add(new StringField(CO_ISSUER, Long.toString(u), Field.Store.NO)));
        if (d.outToRecipients()) {
            d.recipientIds().forEach(u -> doc.add(new StringField(RECEIVED_BY, Long.toString(u), Field.Store.NO)));
        }
        String path = d.issuerPath();
        for (int dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) {
            doc.add(new StringField(ISSUER_PATH, path.substring(0, dot), Field.Store.NO));
        }
        doc.add(new StringField(ISSUER_PATH, path, Field.Store.NO));
        return doc;
    }

    @Override
    public synchronized void destroy() throws IOException {
        searchers.close();
        writer.close();
    }
}
