package org.jianfu.documents.internal.search;

import java.util.List;
import org.jianfu.documents.DocumentIssued;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Brings the index up to the database: before every search (one indexed query when nothing changed,
 * so a draft saved a moment ago, a step of the flow or a 收回 is found as it now stands, also when it
 * happened on another node) and right after each issue. An empty index reads everything: the rebuild.
 */
@Component
class SearchSync {

    private static final int BATCH = 1_000;

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

    /** One at a time: two concurrent searches after a change would otherwise both re-read it. */
    synchronized void catchUp() {
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
