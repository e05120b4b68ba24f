package org.jianfu.demo.internal;

import java.util.Comparator;
import java.util.List;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoData;
import org.jianfu.demo.DemoLoad;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs each pending loader in its own transaction, together with the row that marks it done. */
@Service
class DemoRunner implements DemoLoad {

    private final List<DemoData> loaders;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final long seed;
    private final double scale;

    DemoRunner(List<DemoData> loaders, JdbcClient jdbc, TransactionTemplate transaction,
               @Value("${jianfu.demo.seed}") long seed, @Value("${jianfu.demo.scale:1.0}") double scale) {
        this.loaders = loaders.stream().sorted(Comparator.comparing(DemoData::stage).thenComparing(DemoData::name)).toList();
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.seed = seed;
        this.scale = scale;
    }

    @Override
    public List<String> pending() {
        List<String> done = jdbc.sql("select loader from demo.loader_run").query(String.class).list();
        return loaders.stream().map(DemoData::name).filter(n -> !done.contains(n)).toList();
    }

    @Override
    public void loadPending(Listener listener) {
        for (DemoData loader : loaders) {
            listener.loaderStarted(loader.name(), loader.expectedSteps());
            Long rows = transaction.execute(status -> {
                // two nodes loading at once: the second waits here and then skips what the first did
                jdbc.sql("select pg_advisory_xact_lock(62002)").query(Object.class).single();
                boolean done = jdbc.sql("select count(*) from demo.loader_run where loader = ?").param(loader.name())
                        .query(Long.class).single() > 0;
                if (done) {
                    return null;
                }
                long loaded = loader.load(new DemoContext(seed, loader.name(), scale, listener::advanced));
                jdbc.sql("insert into demo.loader_run (loader, seed, rows_loaded) values (?,?,?)")
                        .params(loader.name(), seed, loaded).update();
                return loaded;
            });
            listener.loaderFinished(loader.name(), rows == null ? 0 : rows, rows == null);
        }
    }
}
