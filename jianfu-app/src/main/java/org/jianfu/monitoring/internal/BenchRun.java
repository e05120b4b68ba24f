package org.jianfu.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jianfu.monitoring.BurdenBenchmark;
import org.jianfu.organization.Division;
import org.jianfu.organization.Organization;
import org.jianfu.platform.DivisionPaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code ./jianfu bench monitoring}: N one-record facts spread over every township and village and 24
 * months in schema {@code monitoring_bench}, rolled up with the same SQL as the demo; then each
 * dashboard query through {@link Rollups} (what the page runs) against the same figures computed from
 * the raw facts with a path-and-month index, in the same run.
 */
@Service
class BenchRun implements BurdenBenchmark {

    private static final String S = "monitoring_bench";
    private static final String KINDS = "array['DOCUMENT','DOCUMENT','DOCUMENT','DOCUMENT','DOCUMENT','DOCUMENT','DOCUMENT',"
            + "'MEETING','MEETING','MEETING','MEETING','TRAVEL','TRAVEL','INSPECTION','FORM','FORM','FORM','FORM',"
            + "'PAPER_TRAIL','OFF_LIST_TASK']";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final GrassrootsAreas areas;
    private final Organization organization;

    BenchRun(JdbcClient jdbc, TransactionTemplate transaction, GrassrootsAreas areas, Organization organization) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.areas = areas;
        this.organization = organization;
    }

    @Override
    public Result run(long records, int repetitions) {
        areas.copyAreas();
        long t0 = System.nanoTime();
        transaction.executeWithoutResult(s -> generate(records));
        long t1 = System.nanoTime();
        long rollupRows = transaction.execute(s -> {
            jdbc.sql("set local work_mem = '512MB'").update();
            return SyntheticFacts.rollUp(jdbc, S, "bench");
        });
        jdbc.sql("create index on " + S + ".burden_fact (division_path text_pattern_ops, month)").update();
        jdbc.sql("analyze " + S + ".burden_fact").update();
        jdbc.sql("analyze " + S + ".received_month").update();
        long t2 = System.nanoTime();
        return new Result(records, rollupRows, (t1 - t0) / 1e9, (t2 - t1) / 1e9, timings(repetitions));
    }

    private void generate(long records) {
        jdbc.sql("drop schema if exists " + S + " cascade").update();
        jdbc.sql("create schema " + S).update();
        jdbc.sql("create table " + S + ".area as select (row_number() over (order by code) - 1)::int n, * from monitoring.area").update();
        jdbc.sql("create table " + S + ".burden_fact (like monitoring.burden_fact)").update();
        jdbc.sql("create table " + S + ".received_month (like monitoring.received_month including indexes)").update();
        long count = jdbc.sql("select count(*) from " + S + ".area").query(Long.class).single();
        jdbc.sql("insert into " + S + ".burden_fact (id, source, source_id, kind, unit_id, division_path, month, count, measure)"
                        + " select g, 'bench', g::text, k.kinds[1 + (g % 20)::int], a.unit_id, a.path,"
                        + "  (date '2018-01-01' + ((g * 7919) % 24)::int * interval '1 month')::date, 1, (g % 50) + 1"
                        + " from generate_series(1::bigint, ?) g"
                        + " join " + S + ".area a on a.n = (g * 104729) % ?"
                        + " cross join (select " + KINDS + " kinds) k")
                .params(records, count).update();
    }

    private List<Timing> timings(int repetitions) {
        Rollups rollups = new Rollups(jdbc, S);
        String province = organization.root().code();
        LocalDate from = LocalDate.of(2019, 1, 1);
        LocalDate to = LocalDate.of(2020, 1, 1);
        List<String> prefectures = organization.children(province).stream().map(Division::code).toList();
        Division county = organization.division("620102").orElseThrow();
        List<String> townships = organization.children(county.code()).stream().map(Division::code).toList();
        List<Timing> timings = new ArrayList<>();
        timings.add(time("省：本年合计（按类别）", repetitions, () -> rollups.received(province, false, from, to),
                () -> raw("kind", province, from, to)));
        timings.add(time("省：14 个市州（按类别）", repetitions, () -> rollups.receivedBy(prefectures, false, from, to),
                () -> raw("split_part(division_path, '.', 2), kind", province, from, to)));
        timings.add(time("省：月度趋势", repetitions, () -> rollups.receivedByMonth(province, from, to),
                () -> raw("month, kind", province, from, to)));
        timings.add(time("县：各乡镇（按类别）", repetitions, () -> rollups.receivedBy(townships, false, from, to),
                () -> raw("split_part(division_path, '.', 4), kind", county.path(), from, to)));
        timings.add(time("省看板全部（以上三项 × 本年与基准年）", repetitions, () -> {
            for (int year : new int[] {2018, 2019}) {
                LocalDate f = LocalDate.of(year, 1, 1);
                LocalDate t = f.plusYears(1);
                rollups.received(province, false, f, t);
                rollups.receivedBy(prefectures, false, f, t);
                rollups.receivedByMonth(province, f, t);
            }
            return null;
        }, () -> {
            for (int year : new int[] {2018, 2019}) {
                LocalDate f = LocalDate.of(year, 1, 1);
                LocalDate t = f.plusYears(1);
                raw("kind", province, f, t);
                raw("split_part(division_path, '.', 2), kind", province, f, t);
                raw("month, kind", province, f, t);
            }
            return null;
        }));
        return timings;
    }

    /** The same sums straight from the facts. */
    private List<Object> raw(String groupBy, String path, LocalDate from, LocalDate to) {
        return jdbc.sql("select " + groupBy + ", sum(count), sum(measure) from " + S + ".burden_fact"
                        + " where division_path like ? and month >= ? and month < ? group by " + groupBy)
                .params(DivisionPaths.belowPattern(path), from, to).query().listOfRows().stream().map(Object.class::cast).toList();
    }

    private static Timing time(String name, int repetitions, Supplier<?> rollup, Supplier<?> raw) {
        return new Timing(name, median(rollup, repetitions), median(raw, Math.max(3, repetitions / 2)));
    }

    private static double median(Supplier<?> query, int repetitions) {
        query.get();   // warm-up: caches and plans, as on a running server
        double[] ms = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[repetitions / 2];
    }
}
