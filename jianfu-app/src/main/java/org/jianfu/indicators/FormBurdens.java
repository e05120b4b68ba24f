package org.jianfu.indicators;

import java.time.YearMonth;
import java.util.List;

/** Counts of the 一表通 load for monitoring; unscoped, callers apply the actor's scope. */
public interface FormBurdens {

    /** Requests received and submissions of one unit in one month (zeros when nothing happened). */
    FormBurden of(long unitId, YearMonth month);

    /** Every grassroots unit below a division path that received a request or submitted in the month. */
    List<FormBurden> below(String divisionPath, YearMonth month);
}
