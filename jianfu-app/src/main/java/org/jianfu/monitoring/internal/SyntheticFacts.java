package org.jianfu.monitoring.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk facts made in SQL with generate_series, for the demo (kinds no module has delivered yet) and
 * the benchmark, and the set-based rollup that adds them — the same sums the listeners upsert one
 * record at a time. 2019 is lower than 2018 by 15–44 %, varying by county, so some counties meet
 * the −30 % target and some do not.
 */
final class SyntheticFacts {

    /** kind, mean records per township and month, measure per record. Villages get 60 % of it. */
    private static final String KINDS = """
            (values ('DOCUMENT', 6.0, 2200.0), ('MEETING', 3.0, 2.5), ('TRAVEL', 2.0, 1.5), ('INSPECTION', 0.8, 0.0),
                    ('FORM', 2.0, 40.0), ('PAPER_TRAIL', 1.5, 0.0), ('OFF_LIST_TASK', 0.8, 0.0)) k(kind, mean, per)""";

    private SyntheticFacts() {
    }

    /** One fact per sampled grassroots division, month of 2018–2019 and kind; returns the rows written. */
    static long demo(JdbcClient jdbc, String schema, List<String> kinds, double scale, double seed) {
        return demo(jdbc, schema, "demo", LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 1), kinds, scale, seed);
    }

    /**
     * The same for the months {@code first} … {@code last} (first days), written as {@code source}: each
     * year after 2018 a little lower than the one before, varying by county.
     */
    static long demo(JdbcClient jdbc, String schema, String source, LocalDate first, LocalDate last, List<String> kinds,
                     double scale, double seed) {
        jdbc.sql("select setseed(?)").param(seed).query(Object.class).single();
        return jdbc.sql("insert into " + schema + ".burden_fact (source, source_id, kind, unit_id, division_path, month, count, measure)"
                        + " select ?, code || ':' || to_char(m, 'YYYY-MM'), kind, unit_id, path, m, c, c * per from ("
                        + "  select a.code, a.unit_id, a.path, m::date m, k.kind, k.per,"
                        + "   round(k.mean * (case when a.level = 'TOWNSHIP' then 1.0 else 0.6 end)"
                        + "    * (case when extract(year from m) >= 2019 then (0.85 - (abs(hashtext(split_part(a.path, '.', 3))) % 30) / 100.0)"
                        + "       * power(0.97, extract(year from m) - 2019) else 1 end)"
                        + "    * (0.5 + random()))::int c"
                        + "  from " + schema + ".area a"
                        + "  cross join generate_series(?::date, ?::date, interval '1 month') m"
                        + "  cross join " + KINDS
                        + "  where k.kind = any(?) and ((a.level = 'TOWNSHIP' and (? >= 0.5 or a.path like '62.6201.%'))"
                        + "   or abs(hashtext(a.code)) % 1000 < ? * 1000)) s where c > 0")
                .params(source, first, last, kinds.toArray(String[]::new), scale, scale).update();
    }

    /** Adds the facts of one source to the received rollups: every ancestor (subtree) and the division itself (own). */
    static long rollUp(JdbcClient jdbc, String schema, String source) {
        return jdbc.sql("insert into " + schema + ".received_month (division_code, own, month, kind, count, measure)"
                        + " select code, own, month, kind, sum(count), sum(measure) from ("
                        + "  select unnest(string_to_array(division_path, '.')) code, false own, month, kind, count, measure"
                        + "  from " + schema + ".burden_fact where source = ?"
                        + "  union all"
                        + "  select regexp_replace(division_path, '^.*\\.', ''), true, month, kind, count, measure"
                        + "  from " + schema + ".burden_fact where source = ?) x"
                        + " group by code, own, month, kind"
                        + " on conflict (division_code, own, month, kind) do update"
                        + " set count = received_month.count + excluded.count, measure = received_month.measure + excluded.measure")
                .params(source, source).update();
    }

    /** Issued counts for the given units (county level and above), 2018–2019; some units issue more in 2019. */
    static long issued(JdbcClient jdbc, String schema, Long[] unitIds, String[] paths, double seed) {
        return issued(jdbc, schema, LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 1), unitIds, paths, seed);
    }

    /** The same for the months {@code first} … {@code last}; the years after 2019 keep that year's level, a little lower. */
    static long issued(JdbcClient jdbc, String schema, LocalDate first, LocalDate last, Long[] unitIds, String[] paths,
                       double seed) {
        jdbc.sql("select setseed(?)").param(seed).query(Object.class).single();
        return jdbc.sql("insert into " + schema + ".issued_month (unit_id, division_path, month, kind, count)"
                        + " select id, path, m, kind, c from ("
                        + "  select u.id, u.path, m::date m, k.kind,"
                        + "   round(k.mean * (case when extract(year from m) >= 2019 then (0.55 + (abs(hashtext(u.id::text)) % 60) / 100.0)"
                        + "      * power(0.97, extract(year from m) - 2019) else 1 end)"
                        + "    * (0.5 + random()))::int c"
                        + "  from unnest(?::bigint[], ?::text[]) u(id, path)"
                        + "  cross join generate_series(?::date, ?::date, interval '1 month') m"
                        + "  cross join (values ('DOCUMENT', 3.0), ('MEETING', 1.5), ('INSPECTION', 0.4), ('FORM', 0.8)) k(kind, mean)) s"
                        + " where c > 0 on conflict do nothing")
                .params(unitIds, paths, first, last).update();
    }
}
