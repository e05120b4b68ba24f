package org.jianfu.vehicles;

import java.time.YearMonth;

/** One unit's official-car use in one month: returned trips, kilometres and booked hours. */
public record CarUsage(long unitId, YearMonth month, long trips, long km, double hours) {
}
