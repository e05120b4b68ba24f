package org.jianfu.indicators;

import java.time.YearMonth;

/**
 * The 一表通 load on one grassroots unit in one month: fields the requests asked for, fields the
 * unit actually filled (the rest was merged or prefilled), forms (requests) and submissions.
 */
public record FormBurden(long unitId, YearMonth month, int fieldsRequested, int fieldsFilled, int fieldsPrefilled,
                         int forms, int submissions) {

    /** Fields the unit did not have to fill thanks to merging and prefilling. */
    public int fieldsSaved() {
        return Math.max(0, fieldsRequested - fieldsFilled);
    }
}
