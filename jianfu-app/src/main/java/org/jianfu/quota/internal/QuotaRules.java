package org.jianfu.quota.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jianfu.platform.DivisionPaths;
import org.jianfu.platform.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rules per region and year; for a unit the rule of the nearest region above it wins. */
@Repository
class QuotaRules {

    private static final String SELECT = """
            select r.*, v.name division_name from quota.rule r join organization.division v on v.code = r.division_code
            """;

    private final JdbcClient jdbc;

    QuotaRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<QuotaRule> forUnit(String divisionPath, int year) {
        return jdbc.sql(SELECT + """
                         where r.year = ? and %s order by length(v.path) desc limit 1""".formatted(DivisionPaths.sqlHolding("v.path")))
                .params(year, divisionPath, divisionPath).query(QuotaRules::rule).optional();
    }

    List<QuotaRule> ofDivision(String divisionCode) {
        return jdbc.sql(SELECT + " where r.division_code = ? order by r.year desc").param(divisionCode)
                .query(QuotaRules::rule).list();
    }

    /** Sets (or replaces) the rule of a region for a year. */
    void put(String divisionCode, int year, QuotaRule.Style style, Integer baseYear, Integer cutPercent, String note) {
        if (style == QuotaRule.Style.CUT_FROM_BASE
                && (baseYear == null || cutPercent == null || baseYear >= year || cutPercent < 0 || cutPercent > 100)) {
            throw new RuleViolationException("压减规则需要早于当年的基准年和 0–100 之间的压减比例");
        }
        jdbc.sql("""
                        insert into quota.rule (division_code, year, style, base_year, cut_percent, note) values (?,?,?,?,?,?)
                        on conflict (division_code, year) do update set style = excluded.style, base_year = excluded.base_year,
                          cut_percent = excluded.cut_percent, note = excluded.note""")
                .params(divisionCode, year, style.name(), style == QuotaRule.Style.CUT_FROM_BASE ? baseYear : null,
                        style == QuotaRule.Style.CUT_FROM_BASE ? cutPercent : null, note == null ? "" : note)
                .update();
    }

    static QuotaRule rule(ResultSet rs, int n) throws SQLException {
        return new QuotaRule(rs.getLong("id"), rs.getString("division_code"), rs.getString("division_name"),
                rs.getInt("year"), QuotaRule.Style.valueOf(rs.getString("style")),
                rs.getObject("base_year", Integer.class), rs.getObject("cut_percent", Integer.class), rs.getString("note"));
    }
}
