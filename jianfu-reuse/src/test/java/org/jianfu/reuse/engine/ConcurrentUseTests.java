package org.jianfu.reuse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConcurrentUseTests {

    @Test
    void checksRunWhileOneWriterAddsAndCommits() throws Exception {
        String source = OfficialTexts.resource("provincial-measures.md");
        String copy = OfficialTexts.resource("city-copy.md");
        ExecutorService readers = Executors.newFixedThreadPool(3);
        try (ReuseIndex index = ReuseIndex.inMemory(ReuseSettings.defaults())) {
            index.add("gansu/measures.md", source);
            index.commit();
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Future<Integer>> checks = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                checks.add(readers.submit(() -> {
                    int found = 0;
                    while (writing.get()) {
                        found += index.check(copy).passages().size() == 1 ? 1 : 0;
                    }
                    return found;
                }));
            }
            Random random = new Random(8);
            for (int i = 0; i < 150; i++) {
                index.add("filler-" + i, OfficialTexts.original(random, 10));
                if (i % 10 == 0) {
                    index.commit();
                }
            }
            index.commit();
            writing.set(false);
            for (Future<Integer> check : checks) {
                assertThat(check.get()).isPositive();
            }
            assertThat(index.size()).isEqualTo(151);
            assertThat(index.check(copy).passages()).hasSize(1);
        } finally {
            readers.shutdownNow();
        }
    }
}
