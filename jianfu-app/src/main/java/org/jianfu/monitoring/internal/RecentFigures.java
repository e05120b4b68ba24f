package org.jianfu.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Figures computed in the last {@code freshFor}, per division and year. A dashboard of 兰州市 reads
 * ~150 rows of rollups, quotas and feedback (~100 ms); the 减负办 staff of one area open the same
 * page many times a minute and the rollups change by the event, so a figure up to {@code freshFor}
 * old is shown with its time ({@link AreaFigures#computedAt}). Concurrent misses of one key compute
 * once; the others wait for that result. Zero keeps nothing (tests see every change at once).
 */
final class RecentFigures {

    /** More keys than this and the stale ones are dropped (each area's figures are a few dozen KB). */
    static final int MAX_KEYS = 2_000;

    private record Key(String code, int year) {
    }

    private record Entry(Instant computedAt, CompletableFuture<AreaFigures> figures) {
    }

    private final Duration freshFor;
    private final Clock clock;
    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();

    RecentFigures(Duration freshFor, Clock clock) {
        this.freshFor = freshFor;
        this.clock = clock;
    }

    AreaFigures get(String code, int year, Supplier<AreaFigures> compute) {
        if (freshFor.isZero()) {
            return compute.get();
        }
        Instant now = clock.instant();
        Key key = new Key(code, year);
        Entry mine = new Entry(now, new CompletableFuture<>());
        Entry current = entries.compute(key, (k, old) -> old != null && fresh(old, now) ? old : mine);
        if (current == mine) {
            try {
                mine.figures().complete(compute.get());
            } catch (RuntimeException e) {
                entries.remove(key, mine);
                mine.figures().completeExceptionally(e);
                throw e;
            }
            if (entries.size() > MAX_KEYS) {
                entries.values().removeIf(e -> !fresh(e, now));
            }
        }
        try {
            return current.figures().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private boolean fresh(Entry e, Instant now) {
        return e.computedAt().plus(freshFor).isAfter(now) && !e.figures().isCompletedExceptionally();
    }

    int size() {
        return entries.size();
    }
}
