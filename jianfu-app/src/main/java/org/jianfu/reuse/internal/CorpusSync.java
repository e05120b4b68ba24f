package org.jianfu.reuse.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
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

/**
 * Keeps this node's index in step with the database: the laws corpus once, every issued document at
 * start-up, each newly issued one right away on the issuing node and within a poll on the others.
 * Which documents are in the index is remembered beside it, so a restart re-reads only new ones.
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
    private volatile boolean ready;

    private final Years years;

    CorpusSync(IndexHolder index, SourceTexts sources, Documents documents, ReuseProperties properties, Years years) {
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
        ready = true;
        syncIssued();
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
    }

    private synchronized void add(Set<Long> ids) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (long id : ids) {
            documents.text(id).ifPresent(d -> texts.put(IndexHolder.documentKey(id), d.body()));
        }
        index.addAll(texts);
        indexed.addAll(ids);
        writeLedger();
    }

    private void writeLedger() {
        try {
            Path partial = ledger.resolveSibling(ledger.getFileName() + ".partial");
            Files.writeString(partial, indexed.stream().sorted().map(String::valueOf).collect(Collectors.joining("\n")));
            Files.move(partial, ledger, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("查重索引清单写入失败（下次启动会重新核对）: {}", e.getMessage());
        }
    }

    boolean isIndexed(long documentId) {
        return indexed.contains(documentId);
    }
}
