-- In-app reminders (消息). At most one per account, item and day: the database refuses a second.
create schema if not exists notifications;

create table notifications.reminder (
    id           bigserial primary key,
    account_id   bigint      not null references identity.account (id),
    -- what the reminder is about, e.g. car-request:42; with the day it makes the once-a-day key
    item_key     text        not null check (length(item_key) between 1 and 120),
    day          date        not null,
    text         text        not null check (length(text) between 1 and 300),
    href         text,
    created_at   timestamptz not null default now(),
    -- null while held for the account's daily digest
    delivered_at timestamptz,
    read_at      timestamptz,
    constraint one_reminder_per_item_and_day unique (account_id, item_key, day)
);
create index reminder_inbox on notifications.reminder (account_id, delivered_at desc) where delivered_at is not null;
create index reminder_held on notifications.reminder (account_id) where delivered_at is null;

-- Who prefers one batch a day (the daily digest) over reminders as they come.
create table notifications.setting (
    account_id   bigint  primary key references identity.account (id),
    daily_digest boolean not null
);
