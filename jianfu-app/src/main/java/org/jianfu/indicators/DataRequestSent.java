package org.jianfu.indicators;

import java.time.Instant;
import java.util.List;

/**
 * A department's data request (填报任务) went out to the grassroots.
 *
 * @param fieldCount fields the targets are asked to fill (fields read from shared data excluded)
 */
public record DataRequestSent(long requestId, long requesterUnitId, List<Long> targetUnitIds, int fieldCount,
                              int reusedFieldCount, Instant sentAt) {

    public DataRequestSent {
        targetUnitIds = List.copyOf(targetUnitIds);
    }
}
