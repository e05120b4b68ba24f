package org.jianfu.notifications.internal.channels;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox every few seconds ({@code jianfu.notifications.dispatch-seconds}). Messages are claimed in one
 * short transaction and sent outside any, each result written in its own: a slow server delays only its message.
 */
@Component
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    /** Longer than a round can take (a batch of timeouts), so a claimed message is not claimed twice meanwhile. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final Outbox outbox;
    private final ChannelSettings settings;
    private final Senders senders;
    private final TransactionTemplate tx;
    private final Clock clock;

    Dispatcher(Outbox outbox, ChannelSettings settings, Senders senders, TransactionTemplate tx, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.senders = senders;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${jianfu.notifications.dispatch-seconds:15}", timeUnit = java.util.concurrent.TimeUnit.SECONDS)
    public void scheduled() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            log.warn("消息外发失败，稍后重试：{}", e.toString());
        }
    }

    /** One round; returns how many messages went out. */
    public int dispatch() {
        List<Outbox.Delivery> due = tx.execute(s -> outbox.claim(clock.instant(), LEASE, 50));
        int sent = 0;
        for (Outbox.Delivery d : due == null ? List.<Outbox.Delivery>of() : due) {
            try {
                send(d);
                tx.executeWithoutResult(s -> outbox.delivered(d.id(), clock.instant()));
                sent++;
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                tx.executeWithoutResult(s -> outbox.failed(d, reason, clock.instant()));
            }
        }
        return sent;
    }

    private void send(Outbox.Delivery d) throws Exception {
        ChannelSettings.Channels channels = settings.of(d.accountId());
        switch (d.channel()) {
            case EMAIL -> {
                if (channels.email() == null) {
                    throw new IllegalStateException("已取消邮箱");
                }
                senders.email(channels.email(), d.subject(), d.body());
            }
            case WEBHOOK -> {
                if (channels.webhookUrl() == null) {
                    throw new IllegalStateException("已取消机器人");
                }
                senders.webhook(channels, d.subject() + "\n" + d.body());
            }
        }
    }
}
