package org.jianfu.reuse.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.store.LockObtainFailedException;
import org.jianfu.platform.HeldByAnotherProcessException;
import org.jianfu.reuse.engine.ReuseIndex;
import org.jianfu.reuse.engine.ReuseReport;
import org.jianfu.reuse.engine.ReuseSettings;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This node's 查重 index. Checks run concurrently; additions are serialised and committed in
 * batches, so a crash loses at most what the next sync re-adds from the database.
 */
@Component
class IndexHolder implements DisposableBean {

    static final String LAW_PREFIX = "law:";
    static final String DOCUMENT_PREFIX = "doc:";
    /** A document of the 参照文件库 (reuse.reference_document). */
    static final String REFERENCE_PREFIX = "ref:";

    private final ReuseIndex index;

    IndexHolder(ReuseProperties properties) throws IOException {
        Files.createDirectories(properties.indexDir());
        try {
            this.index = ReuseIndex.open(properties.indexDir(), ReuseSettings.defaults());
        } catch (LockObtainFailedException e) {
            throw new HeldByAnotherProcessException("查重索引正被运行中的服务器或另一条 ./jianfu 命令占用（"
                    + properties.indexDir().toAbsolutePath() + "）：请先停止 ./jianfu serve 或等那条命令结束，再运行此命令", e);
        }
    }

    static String documentKey(long documentId) {
        return DOCUMENT_PREFIX + documentId;
    }

    static String referenceKey(long referenceId) {
        return REFERENCE_PREFIX + referenceId;
    }

    static long idOf(String key) {
        return Long.parseLong(key.substring(key.indexOf(':') + 1));
    }

    static String lawKey(String corpusId) {
        return LAW_PREFIX + corpusId;
    }

    ReuseReport check(String text, Predicate<String> sources) {
        return index.check(text, sources);
    }

    /** Adds texts whose content changed, then commits; returns how many were (re)indexed. */
    synchronized int addAll(Map<String, String> texts) {
        try {
            int added = 0;
            for (var entry : texts.entrySet()) {
                if (index.addIfChanged(entry.getKey(), entry.getValue())) {
                    added++;
                }
            }
            if (added > 0) {
                index.commit();
            }
            return added;
        } catch (IOException e) {
            throw new UncheckedIOException("查重索引写入失败", e);
        }
    }

    /** Takes texts out of the corpus (a withdrawn reference document), then commits. */
    synchronized void removeAll(java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        try {
            for (String key : keys) {
                index.remove(key);
            }
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("查重索引写入失败", e);
        }
    }

    int size() {
        return index.size();
    }

    @Override
    public synchronized void destroy() throws IOException {
        index.close();
    }
}
