package org.jianfu.feedback.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.jianfu.feedback.FeedbackCategory;
import org.jianfu.feedback.Feedbacks;
import org.jianfu.platform.DivisionPaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcFeedbacks implements Feedbacks {

    private final JdbcClient jdbc;

    JdbcFeedbacks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Weeks belong to the ISO year of their Thursday: a Monday from 29 Dec of the year before on. */
    @Override
    public Map<FeedbackCategory, Long> countsByCategory(String divisionPath, int year) {
        Map<FeedbackCategory, Long> counts = new EnumMap<>(FeedbackCategory.class);
        for (FeedbackCategory c : FeedbackCategory.values()) {
            counts.put(c, 0L);
        }
        jdbc.sql("""
                        select category, count(*) n from feedback.report
                        where %s and reported_week >= ? and reported_week < ?
                        group by category""".formatted(DivisionPaths.sqlWithin("causing_unit_path")))
                .params(divisionPath, DivisionPaths.belowPattern(divisionPath), LocalDate.of(year, 1, 1).minusDays(3), LocalDate.of(year + 1, 1, 1).minusDays(3))
                .query(rs -> {
                    counts.put(FeedbackCategory.valueOf(rs.getString("category")), rs.getLong("n"));
                });
        return counts;
    }
}
