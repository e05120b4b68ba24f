package org.jianfu.indicators;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A township or village submitted its one merged form for a month.
 *
 * @param fieldsRequested fields all merged requests asked for (what separate forms would have meant)
 * @param fieldsFilled    values the unit typed or changed
 * @param fieldsPrefilled values confirmed as prefilled (given before or slow-moving)
 */
public record FormSubmitted(long submissionId, long unitId, YearMonth period, int fieldsRequested, int fieldsFilled,
                            int fieldsPrefilled, int forms, Instant submittedAt) {
}
