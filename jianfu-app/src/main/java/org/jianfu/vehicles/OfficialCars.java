package org.jianfu.vehicles;

import java.util.List;

/** What other modules may ask of 公务用车 (unscoped: callers apply the actor's scope). */
public interface OfficialCars {

    /** Month by month usage of one unit in one year, months without trips left out. */
    List<CarUsage> monthlyUsage(long unitId, int year);
}
