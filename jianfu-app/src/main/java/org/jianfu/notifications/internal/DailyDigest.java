package org.jianfu.notifications.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day (08:00 Beijing time unless {@code jianfu.notifications.digest-cron} says otherwise) the
 * reminders held for accounts that chose the daily digest are delivered together, and everyone with an e-mail
 * address or a webhook gets the day's reminders not yet sent out in one message. Set the cron to
 * "-" to switch the batch off.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    private final Reminders reminders;
    private final OutsideChannels outside;

    DailyDigest(Reminders reminders, OutsideChannels outside) {
        this.reminders = reminders;
        this.outside = outside;
    }

    @Scheduled(cron = "${jianfu.notifications.digest-cron:0 0 8 * * *}", zone = "${jianfu.zone:Asia/Shanghai}")
    @Transactional
    public void deliver() {
        int released = reminders.release(null);
        int messages = outside.digest();
        if (released > 0 || messages > 0) {
            log.info("Daily digest delivered {} reminders, {} messages by e-mail or webhook", released, messages);
        }
    }
}
