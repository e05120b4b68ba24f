package org.jianfu.demo;

/**
 * A module's contribution to the living demo: the years after the seed (2020 … this year, in lighter
 * volumes, so year-on-year rules always have a last year) and the days up to just ahead of today.
 * The runner hands a loader one {@link DemoPeriod} at a time, from the end of the last one it loaded,
 * each in one transaction with the record of that period; so every start tops up what is new since
 * the last start, and the same period always gets the same data (the random source is seeded by the
 * loader's name and the period's first day).
 */
public interface LivingDemoData {

    /** Stable name, recorded with every period loaded. */
    String name();

    DemoStage stage();

    /**
     * Whether this loader's data reaches past today ({@link DemoPeriod#horizon}): false for what has
     * happened (issued documents, submitted forms), true for what is planned (meetings this week and next).
     */
    default boolean plansAhead() {
        return false;
    }

    /** Loads the data of the period and returns how many rows it wrote. */
    long load(DemoContext context, DemoPeriod period);
}
