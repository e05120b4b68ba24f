package org.jianfu.documents.internal.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jianfu.documents.DocumentIssued;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Brings the index up to the database: before every search (one indexed query when nothing changed,
 * so a draft saved a moment ago, a step of the flow or a 收回 is found as it now stands, also when it
 * happened on another node) and right after each issue. An empty index reads everything: the rebuild,
 * which a server starts in the background as soon as it listens, so the first search does not pay for it;
 * a search never waits more than {@link #SEARCH_WAITS} behind it and answers from the index as it stands.
 */
@Component
class SearchSync {

    private static final int BATCH = 1_000;
    static final Duration SEARCH_WAITS = Duration.ofSeconds(20);

    /** One catch-up at a time: two concurrent searches after a change would otherwise both re-read it. */
    private final ReentrantLock lock = new ReentrantLock();

    private final ChangedDocuments changes;
    private final SearchIndex index;

    SearchSync(ChangedDocuments changes, SearchIndex index) {
        this.changes = changes;
        this.index = index;
    }

    @ApplicationModuleListener
    void on(DocumentIssued issued) {
        catchUp();
    }

    @EventListener
    void buildWhenListening(WebServerInitializedEvent started) {
        if (started.getWebServer().getPort() > 0) {
            Thread.ofPlatform().daemon().name("search-index-catch-up").start(this::catchUp);
        }
    }

    void catchUp() {
        lock.lock();
        try {
            readChanges();
        } finally {
            lock.unlock();
        }
    }

    /** Before a search: catch up, unless a rebuild holds the index longer than {@link #SEARCH_WAITS}. */
    void catchUpBeforeSearch() {
        try {
            if (lock.tryLock(SEARCH_WAITS.toMillis(), TimeUnit.MILLISECONDS)) {
                try {
                    readChanges();
                } finally {
                    lock.unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readChanges() {
        long since = index.readUpTo();
        long mark = changes.oldestRunning();
        long afterId = 0;
        while (true) {
            List<IndexedDocument> batch = changes.changedSince(since, afterId, BATCH);
            boolean last = batch.size() < BATCH;
            // the mark moves only with the last batch: a crash in between re-reads from the old one
            index.apply(batch, last ? mark : since);
            if (last) {
                return;
            }
            afterId = batch.getLast().id();
        }
    }
}
