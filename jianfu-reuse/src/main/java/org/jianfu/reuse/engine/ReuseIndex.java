package org.jianfu.reuse.engine;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.apache.lucene.search.IndexSearcher;
import org.jianfu.reuse.engine.citation.CitedTitles;
import org.jianfu.reuse.engine.index.FingerprintIndex;
import org.jianfu.reuse.engine.index.SeedLookup;
import org.jianfu.reuse.engine.index.SourceRecord;
import org.jianfu.reuse.engine.index.TextStore;
import org.jianfu.reuse.engine.match.OverlapResolution;
import org.jianfu.reuse.engine.match.Piece;
import org.jianfu.reuse.engine.match.PieceMerging;
import org.jianfu.reuse.engine.match.SeedChaining;
import org.jianfu.reuse.engine.match.SeedPairs;
import org.jianfu.reuse.engine.match.SourceAlignment;
import org.jianfu.reuse.engine.match.SourcedPiece;
import org.jianfu.reuse.engine.shingle.DocumentFingerprinter;
import org.jianfu.reuse.engine.shingle.FingerprintedText;
import org.jianfu.reuse.engine.shingle.ShingleOccurrences;
import org.jianfu.reuse.engine.sentence.RewordedAlignment;
import org.jianfu.reuse.engine.sentence.TextUnits;
import org.jianfu.reuse.engine.sentence.UnitSignatures;
import org.jianfu.reuse.engine.text.MappedText;
import org.jianfu.reuse.engine.text.TextNormalizer;

/**
 * The 查重 engine's facade: an index of documents and checks of texts against it.
 *
 * <p>Changes become durable and visible to {@link #check} on {@link #commit()}; {@link #close()} commits.
 * Any number of threads may check while one thread adds, removes and commits.
 */
public final class ReuseIndex implements Closeable {

    private final ReuseSettings settings;
    private final FingerprintIndex index;
    private final DocumentFingerprinter fingerprinter;
    private final SourceAlignment alignment;
    private final OverlapResolution overlaps = new OverlapResolution();
    private final TextNormalizer normalizer = new TextNormalizer();
    /** Normalised characters of new text (an added clause) that may lie between two passages of one source joined into one. */
    private static final int JOIN_GAP = 24;
    /** Most documents fetched because the draft cites their title (a law and its versions). */
    private static final int MAX_CITED_SOURCES = 12;
    /** Longest gap, in normalised characters on both sides, bridged as one sentence replaced by another. */
    private static final int REPLACED_GAP = 96;

    private ReuseIndex(ReuseSettings settings, FingerprintIndex index) {
        this.settings = settings;
        this.index = index;
        this.fingerprinter = new DocumentFingerprinter(settings.shingleLength(), settings.winnowWindow());
        this.alignment = new SourceAlignment(
                new SeedChaining(settings.shingleLength(), settings.maxGap(), settings.maxDrift()),
                new PieceMerging(settings.mergeGap(), settings.reorderSpan()), settings.minPassageLength(),
                settings.minSimilarity(), settings.shingleLength(), settings.winnowWindow());
    }

    /** Opens the index in {@code folder}, creating it if missing; reopening finds the last commit. */
    public static ReuseIndex open(Path folder, ReuseSettings settings) throws IOException {
        return new ReuseIndex(settings, FingerprintIndex.open(folder, settings.shingleLength(), settings.winnowWindow()));
    }

    /** Whether {@code folder} holds a committed index. */
    public static boolean exists(Path folder) throws IOException {
        return FingerprintIndex.exists(folder);
    }

    public static ReuseIndex inMemory(ReuseSettings settings) {
        return new ReuseIndex(settings, FingerprintIndex.inMemory(settings.shingleLength(), settings.winnowWindow()));
    }

    public ReuseSettings settings() {
        return settings;
    }

    /** Adds a document, replacing the one with the same id. */
    public void add(String docId, String text) throws IOException {
        Objects.requireNonNull(docId, "docId");
        FingerprintedText fingerprinted = fingerprinter.fingerprint(text);
        byte[] kept = settings.rewordCandidates() > 0 ? TextStore.compress(text) : null;
        Set<String> titles = new java.util.LinkedHashSet<>();
        for (String title : new String[] {CitedTitles.titleOf(text), CitedTitles.titleOfId(docId)}) {
            if (title != null) {
                titles.add(title);
            }
        }
        long[] units = settings.rewordCandidates() > 0
                ? UnitSignatures.distinct(UnitSignatures.of(TextUnits.of(text, fingerprinted.text()))) : new long[0];
        index.put(docId, fingerprinted, ContentHash.of(text), kept, titles, units);
    }

    /**
     * Adds the document unless the committed index holds the same text under this id (and keeps its text,
     * when stage two is on: an index built before texts were kept gets them this way); true if added.
     */
    public boolean addIfChanged(String docId, String text) throws IOException {
        OptionalLong indexed = index.contentHash(docId);
        if (indexed.isPresent() && indexed.getAsLong() == ContentHash.of(text)
                && (settings.rewordCandidates() == 0 || index.keepsText(docId))) {
            return false;
        }
        add(docId, text);
        return true;
    }

    public void remove(String docId) throws IOException {
        index.delete(docId);
    }

    public void commit() throws IOException {
        index.commit();
    }

    /** Number of committed documents. */
    public int size() {
        try {
            IndexSearcher searcher = index.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ReuseReport check(String text) {
        return check(text, source -> true);
    }

    /** Checks a text against the committed documents whose id passes {@code sourceFilter}. */
    public ReuseReport check(String text, Predicate<String> sourceFilter) {
        return check(text, sourceFilter, SourceTexts.INDEXED);
    }

    /**
     * As {@link #check(String, Predicate)}, reading the candidate sources' texts for the rewording-tolerant
     * stage from {@code texts} where it has them (a text not the one indexed is ignored).
     */
    public ReuseReport check(String text, Predicate<String> sourceFilter, SourceTexts texts) {
        FingerprintedText query = fingerprinter.fingerprint(text);
        int length = text.codePointCount(0, text.length());
        try {
            IndexSearcher searcher = index.acquire();
            try {
                Map<Integer, String> ids = new HashMap<>();
                // what the draft names as its legal basis first, then what else it cites, each set bounded
                Set<Integer> basis = new HashSet<>(FingerprintIndex.titled(searcher, CitedTitles.basisIn(text), MAX_CITED_SOURCES));
                Set<Integer> cited = new java.util.LinkedHashSet<>(basis);
                cited.addAll(FingerprintIndex.titled(searcher, CitedTitles.citedIn(text), MAX_CITED_SOURCES));
                List<SourcedPiece> found = findPassages(searcher, text, query, sourceFilter, texts, ids, cited, basis);
                List<SourcedPiece> resolved = overlaps.resolve(found, cited, basis);
                Map<Integer, SourceRecord> sources = new HashMap<>();
                for (SourcedPiece passage : resolved) {
                    sources.computeIfAbsent(passage.document(), d -> load(searcher, d));
                }
                return new ReportAssembly(settings, query.text(), length).assemble(resolved, sources,
                        d -> ids.computeIfAbsent(d, x -> load(searcher, x).id()));
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stage one on every candidate (fingerprint chains: verbatim and lightly edited copies), stage two,
     * rewording-tolerant, on the {@code rewordCandidates} candidates sharing most fingerprints; a stage-two
     * passage touching a stage-one passage of the same source joins it, so a copy stays one passage.
     */
    private List<SourcedPiece> findPassages(IndexSearcher searcher, String original, FingerprintedText query,
            Predicate<String> sourceFilter, SourceTexts texts, Map<Integer, String> ids, Set<Integer> cited,
            Set<Integer> basis) throws IOException {
        ShingleOccurrences shingles = ShingleOccurrences.of(query.shingleHashes(), SeedLookup.MAX_OCCURRENCES);
        int maxFrequency = settings.maxDocumentFrequency(searcher.getIndexReader().numDocs());
        Map<Integer, SeedPairs> seeds = SeedLookup.seeds(searcher, shingles.hashes(), shingles.positions(), maxFrequency);
        List<Map.Entry<Integer, SeedPairs>> candidates = new ArrayList<>();
        for (Map.Entry<Integer, SeedPairs> entry : seeds.entrySet()) {
            if (entry.getValue().distinctHits() >= settings.minCandidateHits()) {
                candidates.add(entry);
            }
        }
        candidates.sort((a, b) -> a.getValue().distinctHits() != b.getValue().distinctHits()
                ? Integer.compare(b.getValue().distinctHits(), a.getValue().distinctHits())
                : Integer.compare(a.getKey(), b.getKey()));
        List<Map.Entry<Integer, SeedPairs>> aligned = new ArrayList<>();
        for (int document : cited) { // what the draft cites by title is aligned whatever it shares
            aligned.add(Map.entry(document, seeds.getOrDefault(document, new SeedPairs())));
        }
        for (Map.Entry<Integer, SeedPairs> candidate : candidates) {
            if (aligned.size() >= settings.maxCandidates() + cited.size()) {
                break;
            }
            if (!cited.contains(candidate.getKey())) {
                aligned.add(candidate);
            }
        }
        List<SourcedPiece> passages = new ArrayList<>();
        RewordedAlignment reworded = null;
        int rewordedCandidates = 0;
        for (Map.Entry<Integer, SeedPairs> candidate : aligned) {
            int document = candidate.getKey();
            boolean isCited = cited.contains(document);
            List<SourcedPiece> own = new ArrayList<>();
            for (Piece piece : alignment.align(candidate.getValue())) {
                own.add(new SourcedPiece(document, piece, piece.similarity(settings.shingleLength(), settings.winnowWindow())));
            }
            boolean secondStage = settings.rewordCandidates() > 0
                    && (isCited || rewordedCandidates < settings.rewordCandidates());
            if (own.isEmpty() && !secondStage) {
                continue;
            }
            FingerprintIndex.IdAndText stored = FingerprintIndex.loadText(searcher, document, false);
            ids.put(document, stored.id());
            if (!sourceFilter.test(stored.id())) {
                continue;
            }
            if (secondStage) {
                String sourceText = sourceText(searcher, document, stored, texts);
                if (sourceText != null) {
                    rewordedCandidates += isCited ? 0 : 1;
                    if (reworded == null) {
                        TextUnits units = TextUnits.of(original, query.text());
                        int[] commonness = FingerprintIndex.unitFrequencies(searcher, UnitSignatures.of(units));
                        reworded = new RewordedAlignment(units, settings.minPassageLength(), commonness, maxFrequency);
                    }
                    MappedText normalised = normalizer.normalize(sourceText);
                    for (RewordedAlignment.Found f : reworded.align(TextUnits.of(sourceText, normalised), candidate.getValue(),
                            basis.contains(document) ? RewordedAlignment.Citation.BASIS
                                    : isCited ? RewordedAlignment.Citation.CITED : RewordedAlignment.Citation.NONE)) {
                        own.add(new SourcedPiece(document, f.piece(), f.similarity()));
                    }
                    own = joined(own);
                }
            }
            passages.addAll(own);
        }
        return passages;
    }

    /** The source's text from the caller if it has the one indexed, else the index's own copy; null if neither. */
    private static String sourceText(IndexSearcher searcher, int document, FingerprintIndex.IdAndText stored,
            SourceTexts texts) throws IOException {
        String given = texts.text(stored.id());
        if (given != null && ContentHash.of(given) == stored.contentHash()) {
            return given;
        }
        return FingerprintIndex.loadText(searcher, document, true).text();
    }

    /** Joins passages of one source that overlap in the query and lie near each other in the source. */
    private List<SourcedPiece> joined(List<SourcedPiece> passages) {
        List<SourcedPiece> sorted = new ArrayList<>(passages);
        sorted.sort((a, b) -> Integer.compare(a.piece().queryStart(), b.piece().queryStart()));
        List<SourcedPiece> out = new ArrayList<>();
        for (SourcedPiece p : sorted) {
            if (!out.isEmpty()) {
                SourcedPiece last = out.get(out.size() - 1);
                Piece a = last.piece();
                Piece b = p.piece();
                int sourceGap = Math.max(0, Math.max(b.sourceStart() - a.sourceEnd(), a.sourceStart() - b.sourceEnd()));
                int queryGap = b.queryStart() - a.queryEnd();
                int followingGap = b.sourceStart() - a.sourceEnd();
                // a sentence reworded beyond recognition leaves a gap of about the same size on both sides
                boolean replaced = queryGap <= REPLACED_GAP && followingGap >= 0 && followingGap <= REPLACED_GAP
                        && Math.abs(queryGap - followingGap) <= Math.max(8, queryGap / 2);
                if ((queryGap <= JOIN_GAP && sourceGap <= settings.reorderSpan()) || replaced) {
                    out.set(out.size() - 1, union(last, p));
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    /** One passage of both; its similarity weighs each by the query characters only it covers, shared ones by the better. */
    private static SourcedPiece union(SourcedPiece a, SourcedPiece b) {
        Piece x = a.piece();
        Piece y = b.piece();
        Piece joined = new Piece(Math.min(x.queryStart(), y.queryStart()), Math.max(x.queryEnd(), y.queryEnd()),
                Math.min(x.sourceStart(), y.sourceStart()), Math.max(x.sourceEnd(), y.sourceEnd()), x.seeds() + y.seeds());
        int shared = Math.max(0, Math.min(x.queryEnd(), y.queryEnd()) - Math.max(x.queryStart(), y.queryStart()));
        double weighted = (x.queryLength() - shared) * a.similarity() + (y.queryLength() - shared) * b.similarity()
                + shared * Math.max(a.similarity(), b.similarity());
        return new SourcedPiece(a.document(), joined, weighted / Math.max(1, joined.queryLength()));
    }

    private static SourceRecord load(IndexSearcher searcher, int document) {
        try {
            return FingerprintIndex.load(searcher, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits pending changes and releases the index. */
    @Override
    public void close() throws IOException {
        try {
            index.commit();
        } finally {
            index.close();
        }
    }
}
