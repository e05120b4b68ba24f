package org.jianfu.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reading a document outside a transaction (as its page and API do) holds one pooled connection at a
 * time. It once ran the addressee queries from inside the row mapper, so each reader held a
 * connection while asking for a second: with more readers than connections the pool ran dry and
 * the server stalled (found by the load run, docs/benchmarks-load.md).
 */
@JianfuTest
class ConcurrentReadsTests {

    @Autowired
    DocumentRepository documents;

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.datasource.hikari.maximum-pool-size:20}")
    int poolSize;

    @Test
    void moreReadersThanPooledConnectionsAllGetTheirDocument() throws Exception {
        long id = jdbc.sql("""
                select d.id from documents.document d
                where exists (select 1 from documents.recipient r where r.document_id = d.id) order by d.id limit 1""")
                .query(Long.class).single();
        int expected = documents.find(id).orElseThrow().allRecipientIds().size();
        int readers = poolSize * 3;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> reads = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(readers)) {
            for (int r = 0; r < readers; r++) {
                reads.add(threads.submit(() -> {
                    start.await();
                    int seen = 0;
                    for (int i = 0; i < 30; i++) {
                        seen = documents.find(id).orElseThrow().allRecipientIds().size();
                    }
                    return seen;
                }));
            }
            start.countDown();
            for (Future<Integer> read : reads) {
                // a pool that runs dry fails each waiting read after Hikari's 30 s connection timeout
                assertThat(read.get(120, TimeUnit.SECONDS)).isEqualTo(expected).isPositive();
            }
        }
    }
}
