package org.jianfu.reuse;

import java.util.function.LongConsumer;

/** The yearly 照抄照搬 audit: every issued document of a year checked against what came before it. */
public interface ReuseAudit {

    /**
     * Checks every document issued in {@code year} whose lead unit lies in {@code divisionCode}'s subtree
     * (null = whole province), stores each finding, and reports progress (total first, then one per document).
     *
     * @return how many documents were checked and how many count as copying
     */
    Summary run(int year, String divisionCode, Progress progress);

    /** Progress of a run, for a progress bar. */
    interface Progress {
        void started(long total);

        void advanced();

        static Progress none() {
            return new Progress() {
                public void started(long total) {
                }

                public void advanced() {
                }
            };
        }
    }

    record Summary(int checked, int copying) {
    }

    /** Writes the ranked findings of a year (as stored by the last run) as an Excel workbook. */
    void exportXlsx(int year, String divisionCode, java.io.OutputStream out) throws java.io.IOException;
}
