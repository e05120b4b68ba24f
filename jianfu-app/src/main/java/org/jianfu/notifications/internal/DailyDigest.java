package org.jianfu.notifications.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day (08:00 Beijing time unless {@code jianfu.notifications.digest-cron} says otherwise) the
 * reminders held for accounts that chose the daily digest are delivered together. Set the cron to
 * "-" to switch the batch off.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    private final Reminders reminders;

    DailyDigest(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${jianfu.notifications.digest-cron:0 0 8 * * *}", zone = "${jianfu.zone:Asia/Shanghai}")
    @Transactional
    public void deliver() {
        int released = reminders.release(null);
        if (released > 0) {
            log.info("Daily digest delivered {} reminders", released);
        }
    }
}
