package org.jianfu.feedback.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-writes every report and conversation entry stored since its last run, all in one transaction of
 * its own. A report's row otherwise keeps the transaction id (xmin) of its submission, which falls
 * between its author's login (audit log) and the next one: read later beside the audit log, it
 * narrows the author down to whoever signed in just before. After a run the rows carry the run's id,
 * the same for all of the batch. docs/feedback-anonymity.md has the threat model.
 */
@Component
public class ReportMixer {

    private final JdbcClient jdbc;

    ReportMixer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${jianfu.feedback.mix-minutes:60}", timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    @Transactional
    public int run() {
        return jdbc.sql("update feedback.report set mixed = true where not mixed").update()
                + jdbc.sql("update feedback.entry set mixed = true where not mixed").update();
    }
}
