package org.jianfu.indicators.internal.forms;

import java.time.YearMonth;
import java.util.List;
import org.jianfu.indicators.FormBurden;
import org.jianfu.indicators.FormBurdens;
import org.jianfu.platform.DivisionPaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts for monitoring. Requested fields and forms come from the requests a unit received that
 * month; filled fields are summed over its submissions (each correction is work too), prefilled
 * fields are those of its latest submission.
 */
@Repository
class JdbcFormBurdens implements FormBurdens {

    private static final String QUERY = """
            with received as (
                select t.unit_id, count(distinct r.id) forms, count(f.id) fields
                from indicators.request_target t
                join indicators.data_request r on r.id = t.request_id and r.status = 'SENT' and r.form_month = :month
                left join indicators.request_field f on f.request_id = r.id and not f.reused
                where %s
                group by t.unit_id),
            submitted as (
                select s.unit_id, count(*) submissions, sum(s.fields_filled) filled,
                       (array_agg(s.fields_prefilled order by s.version desc))[1] prefilled
                from indicators.submission s where s.form_month = :month and %s
                group by s.unit_id)
            select coalesce(r.unit_id, s.unit_id) unit_id, coalesce(r.fields, 0) fields, coalesce(s.filled, 0) filled,
                   coalesce(s.prefilled, 0) prefilled, coalesce(r.forms, 0) forms, coalesce(s.submissions, 0) submissions
            from received r full join submitted s on s.unit_id = r.unit_id
            order by 1""";

    private final JdbcClient jdbc;

    JdbcFormBurdens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public FormBurden of(long unitId, YearMonth month) {
        return query("t.unit_id = :unit", "s.unit_id = :unit", month, unitId, null).stream().findFirst()
                .orElse(new FormBurden(unitId, month, 0, 0, 0, 0, 0));
    }

    @Override
    public List<FormBurden> below(String divisionPath, YearMonth month) {
        return query(DivisionPaths.sqlWithin("t.unit_path", "path"), DivisionPaths.sqlWithin("s.unit_path", "path"),
                month, null, divisionPath);
    }

    private List<FormBurden> query(String targetCondition, String submissionCondition, YearMonth month, Long unitId,
                                   String path) {
        var spec = jdbc.sql(QUERY.formatted(targetCondition, submissionCondition)).param("month", month.atDay(1));
        if (unitId != null) {
            spec = spec.param("unit", unitId);
        }
        if (path != null) {
            spec = spec.param("path", path).param("pathBelow", DivisionPaths.belowPattern(path));
        }
        return spec.query((rs, row) -> new FormBurden(rs.getLong("unit_id"), month, rs.getInt("fields"),
                rs.getInt("filled"), rs.getInt("prefilled"), rs.getInt("forms"), rs.getInt("submissions"))).list();
    }
}
