package org.jianfu.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jianfu.notifications.internal.channels.ChannelSettings;
import org.jianfu.notifications.internal.channels.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What goes out by e-mail and webhook: an urgent reminder at once, everything else once a day in one message per
 * person. Only reminders are sent, with the link to the page that waits; the outbox does the sending.
 */
@Component
class OutsideChannels {

    private final JdbcClient jdbc;
    private final ChannelSettings settings;
    private final Outbox outbox;
    private final String publicUrl;
    private final Clock clock;

    OutsideChannels(JdbcClient jdbc, ChannelSettings settings, Outbox outbox,
                    @Value("${jianfu.public-url:}") String publicUrl, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.outbox = outbox;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = clock;
    }

    /** An urgent reminder just stored: queued for the person's channels, and marked as sent out. */
    void now(long accountId, String itemKey, String text, String href) {
        ChannelSettings.Channels channels = settings.of(accountId);
        if (!channels.any()) {
            return;
        }
        Instant at = clock.instant();
        outbox.enqueue(accountId, channels, "【减负】" + text, text + link(href), at);
        jdbc.sql("update notifications.reminder set sent_out_at = ? where account_id = ? and item_key = ? and sent_out_at is null")
                .params(Timestamp.from(at), accountId, itemKey).update();
    }

    /** The daily message: each person with a channel gets the reminders not yet sent out, in one message. */
    int digest() {
        Instant at = clock.instant();
        record Row(long id, long accountId, String text, String href) {
        }
        List<Row> rows = jdbc.sql("""
                        select r.id, r.account_id, r.text, r.href from notifications.reminder r
                          join notifications.channel c on c.account_id = r.account_id
                        where r.sent_out_at is null and (c.email is not null or c.webhook_url is not null)
                        order by r.account_id, r.created_at""")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))).list();
        Map<Long, List<Row>> byAccount = rows.stream().collect(Collectors.groupingBy(Row::accountId));
        int messages = 0;
        for (Map.Entry<Long, List<Row>> e : byAccount.entrySet()) {
            String body = e.getValue().stream().map(r -> "· " + r.text() + link(r.href())).collect(Collectors.joining("\n"));
            messages += outbox.enqueue(e.getKey(), settings.of(e.getKey()),
                    "【减负】今日提醒 " + e.getValue().size() + " 条", body, at);
        }
        if (!rows.isEmpty()) {
            jdbc.sql("update notifications.reminder set sent_out_at = ? where id = any(?)")
                    .params(Timestamp.from(at), rows.stream().map(Row::id).toArray(Long[]::new)).update();
        }
        return messages;
    }

    private String link(String href) {
        return href == null ? "" : "（" + publicUrl + href + "）";
    }
}
