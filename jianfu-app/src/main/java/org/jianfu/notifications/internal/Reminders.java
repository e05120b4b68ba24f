package org.jianfu.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jianfu.identity.Account;
import org.jianfu.identity.Accounts;
import org.jianfu.notifications.Notifications;
import org.jianfu.platform.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores reminders and answers the inbox; the day of a reminder is the Beijing calendar day. */
@Service
class Reminders implements Notifications {


    record Reminder(long id, String text, String href, java.time.Instant deliveredAt, boolean read) {
    }

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final boolean digestByDefault;
    private final Clock clock;
    private final OutsideChannels outside;

    Reminders(JdbcClient jdbc, Accounts accounts,
              @Value("${jianfu.notifications.daily-digest-default:false}") boolean digestByDefault, Clock clock,
              OutsideChannels outside) {
        this.outside = outside;
        this.clock = clock;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.digestByDefault = digestByDefault;
    }

    @Override
    @Transactional
    public boolean remind(long accountId, String itemKey, String text, String href, boolean urgent) {
        boolean held = dailyDigest(accountId) && !urgent;
        boolean stored = jdbc.sql("""
                        insert into notifications.reminder (account_id, item_key, day, text, href, delivered_at, urgent)
                        values (?,?,?,?,?, case when ? then null else cast(? as timestamptz) end, ?)
                        on conflict on constraint one_reminder_per_item_and_day do nothing""")
                .params(accountId, itemKey, LocalDate.now(clock), text, href, held, Timestamp.from(clock.instant()), urgent)
                .update() == 1;
        if (stored && urgent) {
            outside.now(accountId, itemKey, text, href);
        }
        return stored;
    }

    @Override
    @Transactional
    public int remindUnit(long unitId, Role role, String itemKey, String text, String href) {
        List<Account> people = role == null ? accounts.ofUnit(unitId) : accounts.ofUnit(unitId, role);
        int stored = 0;
        for (Account a : people) {
            stored += remind(a.id(), itemKey, text, href) ? 1 : 0;
        }
        return stored;
    }

    boolean dailyDigest(long accountId) {
        return jdbc.sql("select daily_digest from notifications.setting where account_id = ?").param(accountId)
                .query(Boolean.class).optional().orElse(digestByDefault);
    }

    void setDailyDigest(long accountId, boolean on) {
        jdbc.sql("""
                insert into notifications.setting (account_id, daily_digest) values (?, ?)
                on conflict (account_id) do update set daily_digest = excluded.daily_digest""").params(accountId, on).update();
        if (!on) {
            release(accountId); // nothing stays held once the account wants reminders as they come
        }
    }

    long unread(long accountId) {
        return jdbc.sql("select count(*) from notifications.reminder where account_id = ? and delivered_at is not null and read_at is null")
                .param(accountId).query(Long.class).single();
    }

    List<Reminder> inbox(long accountId, int limit) {
        return jdbc.sql("""
                        select id, text, href, delivered_at, read_at is not null as read from notifications.reminder
                        where account_id = ? and delivered_at is not null order by delivered_at desc, id desc limit ?""")
                .params(accountId, limit)
                .query((rs, n) -> new Reminder(rs.getLong("id"), rs.getString("text"), rs.getString("href"),
                        rs.getTimestamp("delivered_at").toInstant(), rs.getBoolean("read")))
                .list();
    }

    boolean owns(long accountId, long reminderId) {
        return jdbc.sql("select count(*) from notifications.reminder where account_id = ? and id = ?")
                .params(accountId, reminderId).query(Long.class).single() > 0;
    }

    int markRead(long accountId, Long reminderId) {
        return jdbc.sql("update notifications.reminder set read_at = ? where account_id = ? and read_at is null"
                        + " and delivered_at is not null" + (reminderId == null ? "" : " and id = " + reminderId.longValue()))
                .params(java.sql.Timestamp.from(clock.instant()), accountId).update();
    }

    /** The daily batch: everything held for digest accounts becomes visible at once. */
    int release(Long accountId) {
        return jdbc.sql("update notifications.reminder set delivered_at = ? where delivered_at is null"
                        + (accountId == null ? "" : " and account_id = " + accountId.longValue()))
                .param(Timestamp.from(clock.instant())).update();
    }
}
