package org.jianfu.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jianfu.organization.Division;
import org.jianfu.organization.DivisionLevel;
import org.junit.jupiter.api.Test;

class RecentFiguresTests {

    final MutableClock clock = new MutableClock(Instant.parse("2019-06-01T01:00:00Z"));
    final AtomicInteger computed = new AtomicInteger();

    @Test
    void figuresAreReusedWhileFreshAndReadAgainAfterwards() {
        RecentFigures recent = new RecentFigures(Duration.ofSeconds(30), clock);
        AreaFigures first = recent.get("6201", 2019, this::compute);
        clock.advance(Duration.ofSeconds(29));
        assertThat(recent.get("6201", 2019, this::compute)).isSameAs(first);
        assertThat(recent.get("6201", 2018, this::compute)).isNotSameAs(first);   // another year, another key
        clock.advance(Duration.ofSeconds(1));
        AreaFigures again = recent.get("6201", 2019, this::compute);
        assertThat(again).isNotSameAs(first);
        assertThat(again.computedAt()).isEqualTo(clock.instant());
        assertThat(computed).hasValue(3);
    }

    @Test
    void zeroKeepsNothing() {
        RecentFigures recent = new RecentFigures(Duration.ZERO, clock);
        recent.get("6201", 2019, this::compute);
        recent.get("6201", 2019, this::compute);
        assertThat(computed).hasValue(2);
        assertThat(recent.size()).isZero();
    }

    @Test
    void aFailureIsNotKept() {
        RecentFigures recent = new RecentFigures(Duration.ofSeconds(30), clock);
        assertThatThrownBy(() -> recent.get("6201", 2019, () -> {
            throw new IllegalStateException("数据库不可用");
        })).isInstanceOf(IllegalStateException.class).hasMessage("数据库不可用");
        assertThat(recent.get("6201", 2019, this::compute)).isNotNull();
        assertThat(computed).hasValue(1);
    }

    @Test
    void concurrentMissesComputeOnce() throws Exception {
        RecentFigures recent = new RecentFigures(Duration.ofSeconds(30), clock);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            Future<AreaFigures> slow = pool.submit(() -> recent.get("62", 2019, () -> {
                inside.countDown();
                await(release);
                return compute();
            }));
            inside.await();
            List<Future<AreaFigures>> waiting = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                waiting.add(pool.submit(() -> recent.get("62", 2019, this::compute)));
            }
            release.countDown();
            for (Future<AreaFigures> f : waiting) {
                assertThat(f.get()).isSameAs(slow.get());
            }
        }
        assertThat(computed).hasValue(1);
    }

    @Test
    void staleKeysAreDroppedBeyondTheBound() {
        RecentFigures recent = new RecentFigures(Duration.ofSeconds(30), clock);
        for (int i = 0; i < RecentFigures.MAX_KEYS; i++) {
            recent.get("k" + i, 2019, this::compute);
        }
        clock.advance(Duration.ofMinutes(1));
        recent.get("new", 2019, this::compute);
        assertThat(recent.size()).isEqualTo(1);
    }

    private AreaFigures compute() {
        computed.incrementAndGet();
        Division d = new Division("6201", "兰州市", DivisionLevel.PREFECTURE, "62", "62.6201", false);
        return new AreaFigures(d, List.of(), 2019, 2018, 0, 0, 0, List.of(), clock.instant());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
