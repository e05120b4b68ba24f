package org.jianfu.indicators.internal.forms;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jianfu.indicators.internal.requests.RequestField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Values a unit gave, one per datum key and period: what prefills the next form. */
@Repository
class Answers {

    /** A value found for prefilling, and a note on where it comes from (本期已填, 2018年数据). */
    record Found(String value, String unitOfMeasure, String note) {
    }

    private final JdbcClient jdbc;

    Answers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** This period's value of any field of the group; else, for slow-moving data, the latest earlier one. */
    Found prefill(long unitId, YearMonth month, List<RequestField> group) {
        for (RequestField field : group) {
            String period = ValuePeriods.of(field.period(), month);
            var found = jdbc.sql("""
                            select value, unit_of_measure from indicators.answer
                            where unit_id = ? and match_key = ? and value_period = ?""")
                    .params(unitId, field.matchKey(), period)
                    .query((rs, n) -> new Found(rs.getString("value"), rs.getString("unit_of_measure"), "本期已填"))
                    .optional();
            if (found.isPresent()) {
                return found.get();
            }
        }
        for (RequestField field : group) {
            if (!ValuePeriods.slowMoving(field.period())) {
                continue;
            }
            var earlier = jdbc.sql("""
                            select value, unit_of_measure, value_period from indicators.answer
                            where unit_id = ? and match_key = ? and (value_period = 'ONCE' or value_period < ?)
                            order by value_period = 'ONCE' desc, value_period desc limit 1""")
                    .params(unitId, field.matchKey(), ValuePeriods.of(field.period(), month))
                    .query((rs, n) -> new Found(rs.getString("value"), rs.getString("unit_of_measure"),
                            note(rs.getString("value_period"))))
                    .optional();
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        return null;
    }

    private static String note(String period) {
        return "ONCE".equals(period) ? "已填过，请核对" : period.replace("-Q", "年第").replace("-", "年") + (
                period.contains("-Q") ? "季度数据，请核对" : period.contains("-") ? "月数据，请核对" : "年数据，请核对");
    }

    void save(long unitId, String matchKey, String period, String value, String unitOfMeasure, long submissionId,
              Instant at) {
        jdbc.sql("""
                        insert into indicators.answer (unit_id, match_key, value_period, value, unit_of_measure, submission_id, updated_at)
                        values (?,?,?,?,?,?,?)
                        on conflict (unit_id, match_key, value_period) do update
                        set value = excluded.value, unit_of_measure = excluded.unit_of_measure,
                            submission_id = excluded.submission_id, updated_at = excluded.updated_at""")
                .params(unitId, matchKey, period, value, unitOfMeasure, submissionId, Timestamp.from(at)).update();
    }
}
