package org.jianfu.reuse.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jianfu.documents.DocumentIssued;
import org.jianfu.documents.Documents;
import org.jianfu.platform.time.Years;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this node's index in step with the database: the laws corpus once, every issued document at
 * start-up, each newly issued one right away on the issuing node and within a poll on the others.
 * Which documents are in the index is remembered beside it, so a restart re-reads only new ones. The
 * 参照文件库 follows the same path: a reference document enters the index as soon as it is committed (here)
 * or polled (elsewhere), and leaves it when withdrawn.
 */
@Component
@Order(30)
class CorpusSync implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CorpusSync.class);

    private final IndexHolder index;
    private final SourceTexts sources;
    private final Documents documents;
    private final ReuseProperties properties;
    private final Path ledger;
    private final Set<Long> indexed = ConcurrentHashMap.newKeySet();
    /** Reference documents (参照文件库) in the index; kept in a ledger of their own. */
    private final Path referenceLedger;
    private final Set<Long> indexedReferences = ConcurrentHashMap.newKeySet();
    private final ReferenceRepository references;
    private volatile boolean ready;

    private final Years years;

    CorpusSync(IndexHolder index, SourceTexts sources, Documents documents, ReuseProperties properties, Years years,
               ReferenceRepository references) {
        this.references = references;
        this.referenceLedger = properties.indexDir().resolve("indexed-references.txt");
        this.years = years;
        this.index = index;
        this.sources = sources;
        this.documents = documents;
        this.properties = properties;
        this.ledger = properties.indexDir().resolve("indexed-documents.txt");
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (Files.exists(ledger)) {
            Files.readAllLines(ledger).stream().filter(l -> !l.isBlank()).map(Long::parseLong).forEach(indexed::add);
        }
        if (properties.indexLaws()) {
            Map<String, String> laws = new LinkedHashMap<>();
            sources.laws().values().forEach(l -> laws.put(IndexHolder.lawKey(l.id()), l.text()));
            int added = index.addAll(laws);
            if (added > 0) {
                log.info("查重索引：已加入 {} 部法律法规", added);
            }
        }
        if (Files.exists(referenceLedger)) {
            Files.readAllLines(referenceLedger).stream().filter(l -> !l.isBlank()).map(Long::parseLong)
                    .forEach(indexedReferences::add);
        }
        ready = true;
        syncIssued();
    }

    /** A reference document was added or withdrawn: into (or out of) the index as soon as that is committed. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ReferenceLibrary.Changed changed) {
        syncReferences();
    }

    /**
     * The reference documents in the index follow the library: active ones with text in, withdrawn ones out.
     * Runs on every change on this node and with each poll (other nodes' changes, demo loads).
     */
    synchronized void syncReferences() {
        if (!ready) {
            return;
        }
        Set<Long> active = new java.util.HashSet<>(references.activeWithText());
        List<Long> gone = indexedReferences.stream().filter(id -> !active.contains(id)).toList();
        index.removeAll(gone.stream().map(IndexHolder::referenceKey).toList());
        gone.forEach(indexedReferences::remove);
        Map<String, String> texts = new LinkedHashMap<>();
        List<Long> added = new java.util.ArrayList<>();
        for (long id : active) {
            if (!indexedReferences.contains(id)) {
                references.active(id).ifPresent(r -> {
                    texts.put(IndexHolder.referenceKey(id), r.body());
                    added.add(id);
                });
            }
        }
        index.addAll(texts);
        indexedReferences.addAll(added);
        if (!gone.isEmpty() || !added.isEmpty()) {
            write(referenceLedger, indexedReferences);
        }
    }

    @ApplicationModuleListener
    void on(DocumentIssued issued) {
        add(Set.of(issued.documentId()));
    }

    @Scheduled(fixedDelayString = "${jianfu.reuse.poll-seconds}", timeUnit = java.util.concurrent.TimeUnit.SECONDS,
            initialDelayString = "${jianfu.reuse.poll-seconds}")
    void syncIssued() {
        if (!ready) {
            return;
        }
        Set<Long> missing = new java.util.TreeSet<>();
        for (int year = years.base(); year <= years.current(); year++) {
            documents.issuedIn(year, null).stream().filter(id -> !indexed.contains(id)).forEach(missing::add);
        }
        if (!missing.isEmpty()) {
            add(missing);
        }
        syncReferences();
    }

    private synchronized void add(Set<Long> ids) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (long id : ids) {
            documents.text(id).ifPresent(d -> texts.put(IndexHolder.documentKey(id), d.body()));
        }
        index.addAll(texts);
        indexed.addAll(ids);
        write(ledger, indexed);
    }

    private static void write(Path ledger, Set<Long> ids) {
        try {
            Path partial = ledger.resolveSibling(ledger.getFileName() + ".partial");
            Files.writeString(partial, ids.stream().sorted().map(String::valueOf).collect(Collectors.joining("\n")));
            Files.move(partial, ledger, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("查重索引清单写入失败（下次启动会重新核对）: {}", e.getMessage());
        }
    }

    /**
     * Indexes reference documents at once, inside a transaction that has not committed yet (the demo load
     * saves a draft that must be checked against them). Should that transaction roll back, the next
     * {@link #syncReferences} finds them gone from the library and takes them out again.
     */
    synchronized void indexNow(List<ReferenceDocument> documents) {
        Map<String, String> texts = new LinkedHashMap<>();
        documents.stream().filter(ReferenceDocument::hasText).forEach(d -> texts.put(IndexHolder.referenceKey(d.id()), d.body()));
        index.addAll(texts);
        documents.stream().filter(ReferenceDocument::hasText).forEach(d -> indexedReferences.add(d.id()));
        write(referenceLedger, indexedReferences);
    }

    boolean isIndexed(long documentId) {
        return indexed.contains(documentId);
    }

    boolean isReferenceIndexed(long referenceId) {
        return indexedReferences.contains(referenceId);
    }
}
