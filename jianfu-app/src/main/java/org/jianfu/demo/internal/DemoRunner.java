package org.jianfu.demo.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoData;
import org.jianfu.demo.DemoLoad;
import org.jianfu.demo.DemoPeriod;
import org.jianfu.demo.LivingDemoData;
import org.jianfu.platform.time.Years;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each pending loader in its own transaction, together with the row that marks it done; then
 * tops up the living demo: each living loader gets the periods from the end of the last one it
 * loaded up to its horizon (tomorrow, or the end of next week), each period with its own row.
 */
@Service
class DemoRunner implements DemoLoad {

    private final List<DemoData> loaders;
    private final List<LivingDemoData> living;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Years years;
    private final long seed;
    private final double scale;

    DemoRunner(List<DemoData> loaders, List<LivingDemoData> living, JdbcClient jdbc, TransactionTemplate transaction,
               Years years, @Value("${jianfu.demo.seed}") long seed, @Value("${jianfu.demo.scale:1.0}") double scale) {
        this.loaders = loaders.stream().sorted(Comparator.comparing(DemoData::stage).thenComparing(DemoData::name)).toList();
        this.living = living.stream().sorted(Comparator.comparing(LivingDemoData::stage)
                .thenComparing(LivingDemoData::name)).toList();
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.years = years;
        this.seed = seed;
        this.scale = scale;
    }

    @Override
    public List<String> pending() {
        List<String> done = jdbc.sql("select loader from demo.loader_run").query(String.class).list();
        List<String> pending = new ArrayList<>(loaders.stream().map(DemoData::name).filter(n -> !done.contains(n)).toList());
        LocalDate today = years.today();
        for (LivingDemoData loader : living) {
            List<DemoPeriod> periods = periods(loader, today);
            if (!periods.isEmpty()) {
                pending.add(loader.name() + " " + periods.getFirst().from() + "…" + periods.getLast().to().minusDays(1));
            }
        }
        return pending;
    }

    @Override
    public void loadPending(Listener listener) {
        for (DemoData loader : loaders) {
            listener.loaderStarted(loader.name(), loader.expectedSteps());
            Long rows = transaction.execute(status -> {
                // two nodes loading at once: the second waits here and then skips what the first did
                lock();
                boolean done = jdbc.sql("select count(*) from demo.loader_run where loader = ?").param(loader.name())
                        .query(Long.class).single() > 0;
                if (done) {
                    return null;
                }
                long loaded = loader.load(new DemoContext(seed, loader.name(), scale, years.base(), listener::advanced));
                jdbc.sql("insert into demo.loader_run (loader, seed, rows_loaded) values (?,?,?)")
                        .params(loader.name(), seed, loaded).update();
                return loaded;
            });
            listener.loaderFinished(loader.name(), rows == null ? 0 : rows, rows == null);
        }
        // the clock is read once, so every living loader tops up to the same day
        LocalDate today = years.today();
        for (LivingDemoData loader : living) {
            List<DemoPeriod> periods = periods(loader, today);
            listener.loaderStarted(loader.name(), periods.size());
            long total = 0;
            boolean skipped = true;
            for (DemoPeriod period : periods) {
                Long rows = transaction.execute(status -> {
                    lock();
                    // another node may have loaded it meanwhile
                    if (!covered(loader).map(c -> c.isEqual(period.from()) || c.isBefore(period.from())).orElse(true)) {
                        return null;
                    }
                    String name = loader.name() + "@" + period.from();
                    long loaded = loader.load(new DemoContext(seed, name, scale, years.base(), s -> { }), period);
                    jdbc.sql("""
                                    insert into demo.period_run (loader, period_from, period_to, seed, rows_loaded)
                                    values (?,?,?,?,?)""")
                            .params(loader.name(), Date.valueOf(period.from()), Date.valueOf(period.to()), seed, loaded).update();
                    return loaded;
                });
                listener.advanced(1);
                if (rows != null) {
                    total += rows;
                    skipped = false;
                }
            }
            listener.loaderFinished(loader.name(), total, skipped);
        }
    }

    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(62002)").query(Object.class).single();
    }

    /** The end (exclusive) of the last period the loader has loaded. */
    private java.util.Optional<LocalDate> covered(LivingDemoData loader) {
        return jdbc.sql("select max(period_to) from demo.period_run where loader = ?").param(loader.name())
                .query((rs, n) -> rs.getDate(1)).optional().filter(d -> d != null).map(Date::toLocalDate);
    }

    /** The periods still to load for the loader, from the end of its last one (or 2020). */
    List<DemoPeriod> periods(LivingDemoData loader, LocalDate today) {
        return DemoPeriod.toLoad(covered(loader).orElse(LocalDate.of(years.base() + 2, 1, 1)), today, loader.plansAhead());
    }
}
