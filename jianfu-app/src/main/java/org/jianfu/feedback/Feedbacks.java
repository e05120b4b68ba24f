package org.jianfu.feedback;

import java.util.Map;

/** Aggregates of the anonymous reports for dashboards; never single reports. */
public interface Feedbacks {

    /** Reports about units in the subtree of {@code divisionPath}, reported in {@code year}, by category. */
    Map<FeedbackCategory, Long> countsByCategory(String divisionPath, int year);
}
