package org.jianfu.indicators;

import java.time.Instant;

/** A department read a datum someone already collects instead of asking the grassroots again (共享复用). */
public record FieldReused(long requestId, long readerUnitId, String fieldName, String source, Instant reusedAt) {
}
