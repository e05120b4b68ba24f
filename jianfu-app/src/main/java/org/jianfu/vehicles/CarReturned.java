package org.jianfu.vehicles;

import java.time.LocalDate;

/** A dispatched car came back; carries what a usage or burden statistic needs. */
public record CarReturned(long requestId, long unitId, LocalDate tripDay, int km, double hours) {
}
