package org.jianfu.demo;

/**
 * A module's contribution to the demo data. A loader runs once per database, inside one
 * transaction with the record of its run, so a load killed half-way leaves nothing behind
 * and the next run simply does it again.
 */
public interface DemoData {

    /** Stable name, recorded when the loader has run. */
    String name();

    DemoStage stage();

    /** Roughly how many steps {@link DemoContext#advance} will report, for the progress bar. */
    default long expectedSteps() {
        return 1;
    }

    /** Loads the data and returns how many rows it wrote. */
    long load(DemoContext context);
}
