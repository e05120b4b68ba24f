package org.jianfu.documents.internal.incoming;

import java.time.Clock;
import java.time.LocalDate;
import org.jianfu.documents.internal.Beijing;
import org.jianfu.notifications.Notifications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning ({@code jianfu.documents.incoming.deadline-cron}, 07:30 Beijing time): each undertaker whose 承办 is
 * due tomorrow, today or overdue is reminded at once (an urgent reminder: a deadline is the one thing worth an
 * e-mail). Once a day per task, like every reminder.
 */
@Component
class IncomingDeadlines {

    private final IncomingRepository incoming;
    private final Notifications notifications;
    private final Clock clock;

    IncomingDeadlines(IncomingRepository incoming, Notifications notifications, Clock clock) {
        this.incoming = incoming;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(cron = "${jianfu.documents.incoming.deadline-cron:0 30 7 * * *}", zone = "${jianfu.zone:Asia/Shanghai}")
    @Transactional
    public int remindDue() {
        LocalDate today = LocalDate.now(clock.withZone(Beijing.ZONE));
        int told = 0;
        for (IncomingTask t : incoming.undertakingsDueBy(today.plusDays(1))) {
            Incoming i = incoming.find(t.incomingId()).orElseThrow();
            String when = t.dueOn().isBefore(today) ? "已超期（期限 " + t.dueOn() + "）"
                    : t.dueOn().equals(today) ? "今天到期" : "明天到期";
            told += notifications.remind(t.assigneeId(), "incoming-due:" + t.id(), "《" + i.title() + "》承办" + when,
                    "/incoming/" + i.id(), true) ? 1 : 0;
        }
        return told;
    }
}
