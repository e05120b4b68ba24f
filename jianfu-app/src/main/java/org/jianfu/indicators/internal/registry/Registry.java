package org.jianfu.indicators.internal.registry;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.jianfu.indicators.matching.FieldMatcher;
import org.jianfu.indicators.matching.Indicator;
import org.jianfu.indicators.matching.MatchResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 指标库 in the database and the field matcher built on it. The matcher is rebuilt when an
 * indicator is added, so a new indicator's aliases count at once when departments draft requests.
 */
@Service
public class Registry {

    private static final int MAX_REMEMBERED = 200_000;

    private final JdbcClient jdbc;
    private volatile FieldMatcher matcher;
    private volatile List<RegistryEntry> entries;
    /** Field names repeat across requests (低保户数 in every table): remember each pair's verdict. */
    private final Map<String, MatchResult> verdicts = new ConcurrentHashMap<>();

    Registry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public FieldMatcher matcher() {
        FieldMatcher current = matcher;
        if (current == null) {
            current = FieldMatcher.withRegistry(all().stream().map(RegistryEntry::indicator).toList());
            matcher = current;
        }
        return current;
    }

    public List<RegistryEntry> all() {
        List<RegistryEntry> current = entries;
        if (current == null) {
            current = List.copyOf(jdbc.sql("select * from indicators.indicator order by code").query(Registry::entry).list());
            entries = current;
        }
        return current;
    }

    /** The matcher's verdict on two labels, remembered. */
    public MatchResult match(String a, String b) {
        if (verdicts.size() > MAX_REMEMBERED) {
            verdicts.clear();
        }
        return verdicts.computeIfAbsent(a + '\u0000' + b, key -> matcher().match(a, b));
    }

    /** Labels among {@code existing} that ask for the same number as {@code field}, best first. */
    public List<String> sameAs(String field, java.util.Collection<String> existing) {
        return existing.stream().filter(e -> match(field, e).same())
                .sorted(java.util.Comparator.comparingDouble((String e) -> match(field, e).score()).reversed()).toList();
    }

    /**
     * Labels among {@code existing} that the matcher answers 同一指标 or 可能相同 for, 同一指标 first,
     * then best score first.
     */
    public List<String> similar(String field, java.util.Collection<String> existing) {
        return existing.stream().filter(e -> match(field, e).tier() != org.jianfu.indicators.matching.Tier.DIFFERENT)
                .sorted(java.util.Comparator.comparing((String e) -> match(field, e).tier())
                        .thenComparing(java.util.Comparator.comparingDouble((String e) -> match(field, e).score()).reversed()))
                .toList();
    }

    /** By name, alias, code, definition or department, as typed in the search box. */
    public List<RegistryEntry> search(String text) {
        if (text == null || text.isBlank()) {
            return all();
        }
        String like = "%" + text.strip() + "%";
        return jdbc.sql("""
                select * from indicators.indicator
                where name like :q or code like :q or definition like :q or department like :q
                   or exists (select 1 from unnest(aliases) a where a like :q)
                order by code""").param("q", like).query(Registry::entry).list();
    }

    public Optional<RegistryEntry> byId(long id) {
        return jdbc.sql("select * from indicators.indicator where id = ?").param(id).query(Registry::entry).optional();
    }

    public Optional<RegistryEntry> byCode(String code) {
        return jdbc.sql("select * from indicators.indicator where code = ?").param(code).query(Registry::entry).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from indicators.indicator").query(Long.class).single();
    }

    @Transactional
    public RegistryEntry add(Indicator indicator, boolean seeded) {
        long id = jdbc.sql("""
                        insert into indicators.indicator (code, name, definition, unit_of_measure, period, level, department,
                            department_key, data_type, min_value, max_value, aliases, seeded)
                        values (?,?,?,?,?,?,?,?,?,?,?,?,?) returning id""")
                .params(indicator.code(), indicator.name(), indicator.definition(), indicator.unitOfMeasure(),
                        indicator.period().name(), indicator.level().name(), indicator.department(),
                        DepartmentKeys.keyOf(indicator.department()), indicator.dataType().name(), indicator.min(),
                        indicator.max(), indicator.aliases().toArray(String[]::new), seeded)
                .query(Long.class).single();
        matcher = null;
        entries = null;
        verdicts.clear();
        return byId(id).orElseThrow();
    }

    /** The next free code for an indicator added by hand: ZD-001, ZD-002 ... */
    public String nextCode() {
        long n = jdbc.sql("select count(*) from indicators.indicator where code like 'ZD-%'").query(Long.class).single();
        return "ZD-%03d".formatted(n + 1);
    }

    static RegistryEntry entry(ResultSet rs, int row) throws SQLException {
        Array aliases = rs.getArray("aliases");
        Indicator indicator = new Indicator(rs.getString("code"), rs.getString("name"), rs.getString("definition"),
                rs.getString("unit_of_measure"), Indicator.Period.valueOf(rs.getString("period")),
                Indicator.CollectionLevel.valueOf(rs.getString("level")), rs.getString("department"),
                Indicator.DataType.valueOf(rs.getString("data_type")), decimal(rs, "min_value"), decimal(rs, "max_value"),
                aliases == null ? List.of() : Arrays.asList((String[]) aliases.getArray()));
        return new RegistryEntry(rs.getLong("id"), indicator, rs.getString("department_key"), rs.getBoolean("seeded"));
    }

    private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.stripTrailingZeros();
    }
}
