package org.jianfu.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jianfu.organization.Division;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.jianfu.platform.DivisionPaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOrganization implements Organization {

    private static final String UNIT_SELECT = """
            select u.id, u.division_code, d.path, d.level, u.name, u.short_name, u.kind, u.unit_key, u.number_prefix
            from organization.unit u join organization.division d on d.code = u.division_code
            """;

    private final JdbcClient jdbc;

    JdbcOrganization(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Division> division(String code) {
        return jdbc.sql("select * from organization.division where code = ?").param(code)
                .query(JdbcOrganization::division).optional();
    }

    @Override
    public Division root() {
        return jdbc.sql("select * from organization.division where parent_code is null order by code limit 1")
                .query(JdbcOrganization::division).optional()
                .orElseThrow(() -> new IllegalStateException("the division tree is empty: import the divisions first"));
    }

    @Override
    public List<Division> children(String code) {
        return jdbc.sql("select * from organization.division where parent_code = ? order by code").param(code)
                .query(JdbcOrganization::division).list();
    }

    @Override
    public List<Division> ancestry(String code) {
        return division(code).map(d -> jdbc.sql("""
                        select * from organization.division where code = any(string_to_array(?, '.')) order by length(path)
                        """).param(d.path()).query(JdbcOrganization::division).list())
                .orElse(List.of());
    }

    @Override
    public Optional<Unit> unit(long id) {
        return jdbc.sql(UNIT_SELECT + " where u.id = ?").param(id).query(JdbcOrganization::unit).optional();
    }

    @Override
    public List<Unit> units(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(UNIT_SELECT + " where u.id = any(?) order by d.path, u.sort_order, u.id")
                .param(ids.toArray(Long[]::new)).query(JdbcOrganization::unit).list();
    }

    @Override
    public List<Unit> unitsOf(String divisionCode) {
        return jdbc.sql(UNIT_SELECT + " where u.division_code = ? order by u.sort_order, u.id").param(divisionCode)
                .query(JdbcOrganization::unit).list();
    }

    @Override
    public List<Unit> unitsBelow(String divisionCode, DivisionLevel level) {
        return division(divisionCode).map(root -> jdbc.sql(UNIT_SELECT + """
                         where %s and (cast(:level as text) is null or d.level = :level)
                         order by d.path, u.sort_order, u.id""".formatted(DivisionPaths.sqlWithin("d.path", "root")))
                        .param("root", root.path()).param("rootBelow", DivisionPaths.belowPattern(root.path()))
                        .param("level", level == null ? null : level.name())
                        .query(JdbcOrganization::unit).list())
                .orElse(List.of());
    }

    @Override
    public Map<DivisionLevel, Long> divisionCountsByLevel() {
        Map<DivisionLevel, Long> counts = new EnumMap<>(DivisionLevel.class);
        jdbc.sql("select level, count(*) n from organization.division group by level")
                .query(rs -> {
                    counts.put(DivisionLevel.valueOf(rs.getString("level")), rs.getLong("n"));
                });
        return counts;
    }

    @Override
    public long unitCount() {
        return jdbc.sql("select count(*) from organization.unit").query(Long.class).single();
    }

    static Division division(ResultSet rs, int row) throws SQLException {
        return new Division(rs.getString("code"), rs.getString("name"), DivisionLevel.valueOf(rs.getString("level")),
                rs.getString("parent_code"), rs.getString("path"), rs.getBoolean("generated"));
    }

    static Unit unit(ResultSet rs, int row) throws SQLException {
        return new Unit(rs.getLong("id"), rs.getString("division_code"), rs.getString("path"),
                DivisionLevel.valueOf(rs.getString("level")), rs.getString("name"), rs.getString("short_name"),
                UnitKind.valueOf(rs.getString("kind")), rs.getString("unit_key"), rs.getString("number_prefix"));
    }
}
