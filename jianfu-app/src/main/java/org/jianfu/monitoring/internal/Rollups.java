package org.jianfu.monitoring.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jianfu.platform.DivisionPaths;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the monthly rollups: every dashboard and report figure comes from here. The schema is a
 * parameter (a constant, never user input) so the benchmark runs the very same queries on its own
 * tables.
 */
class Rollups {

    private final JdbcClient jdbc;
    private final String schema;

    Rollups(JdbcClient jdbc, String schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    /** What landed on a division's subtree (or on its own units) in [from, to). */
    Map<BurdenKind, Amount> received(String code, boolean own, LocalDate from, LocalDate to) {
        Map<BurdenKind, Amount> amounts = new EnumMap<>(BurdenKind.class);
        jdbc.sql("select kind, sum(count) c, sum(measure) m from " + schema + ".received_month"
                        + " where division_code = ? and own = ? and month >= ? and month < ? group by kind")
                .params(code, own, from, to)
                .query(rs -> {
                    amounts.put(BurdenKind.valueOf(rs.getString("kind")), new Amount(rs.getLong("c"), rs.getDouble("m")));
                });
        return amounts;
    }

    /** The same for several divisions at once (the children of the one shown). */
    Map<String, Map<BurdenKind, Amount>> receivedBy(List<String> codes, boolean own, LocalDate from, LocalDate to) {
        Map<String, Map<BurdenKind, Amount>> byCode = new HashMap<>();
        if (codes.isEmpty()) {
            return byCode;
        }
        jdbc.sql("select division_code, kind, sum(count) c, sum(measure) m from " + schema + ".received_month"
                        + " where division_code = any(?) and own = ? and month >= ? and month < ? group by division_code, kind")
                .params(codes.toArray(String[]::new), own, from, to)
                .query(rs -> {
                    byCode.computeIfAbsent(rs.getString("division_code"), c -> new EnumMap<>(BurdenKind.class))
                            .put(BurdenKind.valueOf(rs.getString("kind")), new Amount(rs.getLong("c"), rs.getDouble("m")));
                });
        return byCode;
    }

    /** Month by month for one subtree. */
    Map<LocalDate, Map<BurdenKind, Amount>> receivedByMonth(String code, LocalDate from, LocalDate to) {
        Map<LocalDate, Map<BurdenKind, Amount>> byMonth = new TreeMap<>();
        jdbc.sql("select month, kind, count c, measure m from " + schema + ".received_month"
                        + " where division_code = ? and own = false and month >= ? and month < ?")
                .params(code, from, to)
                .query(rs -> {
                    byMonth.computeIfAbsent(rs.getObject("month", LocalDate.class), m -> new EnumMap<>(BurdenKind.class))
                            .put(BurdenKind.valueOf(rs.getString("kind")), new Amount(rs.getLong("c"), rs.getDouble("m")));
                });
        return byMonth;
    }

    record Issued(long unitId, int year, BurdenKind kind, long count) {
    }

    /** What the units of exactly this division sent down, per year and kind. */
    List<Issued> issuedByUnitsOf(String path, int... years) {
        return issued("division_path = ?", path, years);
    }

    /** What every unit in the subtree sent down (for 只减不增 breaches). */
    List<Issued> issuedInSubtree(String path, int... years) {
        return issued("(division_path = ? or division_path like ?)", path, years);
    }

    private List<Issued> issued(String where, String path, int[] years) {
        Integer[] boxed = java.util.Arrays.stream(years).boxed().toArray(Integer[]::new);
        var spec = jdbc.sql("select unit_id, extract(year from month)::int y, kind, sum(count) c from " + schema
                + ".issued_month where " + where + " and extract(year from month)::int = any(?) group by unit_id, y, kind");
        spec = where.contains("like") ? spec.params(path, DivisionPaths.belowPattern(path), boxed) : spec.params(path, boxed);
        return spec.query((rs, n) -> new Issued(rs.getLong("unit_id"), rs.getInt("y"), BurdenKind.valueOf(rs.getString("kind")),
                rs.getLong("c"))).list();
    }

    record CopyRate(long unitId, long checked, long copied) {
    }

    List<CopyRate> copyRates(String path, LocalDate from, LocalDate to) {
        return jdbc.sql("select unit_id, sum(checked) ch, sum(copied) co from " + schema + ".copy_check_month"
                        + " where " + DivisionPaths.sqlWithin("division_path") + " and month >= ? and month < ?"
                        + " group by unit_id order by sum(copied)::float / greatest(sum(checked), 1) desc limit 50")
                .params(path, DivisionPaths.belowPattern(path), from, to)
                .query((rs, n) -> new CopyRate(rs.getLong("unit_id"), rs.getLong("ch"), rs.getLong("co"))).list();
    }
}
