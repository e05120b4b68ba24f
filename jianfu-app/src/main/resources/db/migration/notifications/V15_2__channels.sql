-- Notifications that reach people outside the app: e-mail and group-robot webhooks (企业微信/政务微信, 钉钉).
-- Each person chooses their channels; urgent reminders go out at once, the rest in one daily message.
create table notifications.channel (
    account_id     bigint primary key references identity.account (id),
    email          text check (email is null or (length(email) <= 200 and email like '%_@_%')),
    webhook_url    text check (webhook_url is null or length(webhook_url) <= 500),
    webhook_kind   text check (webhook_kind in ('WECOM', 'DINGTALK')),
    webhook_secret text check (webhook_secret is null or length(webhook_secret) <= 200)
);

-- The outbox: one message for one channel, retried with back-off until delivered or given up. Sending never
-- runs inside the transaction of the act that caused it, so a hanging server cannot hold up the flow.
create table notifications.delivery (
    id              bigserial primary key,
    account_id      bigint      not null references identity.account (id),
    channel         text        not null check (channel in ('EMAIL', 'WEBHOOK')),
    subject         text        not null,
    body            text        not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    delivered_at    timestamptz,
    given_up_at     timestamptz,
    last_error      text,
    created_at      timestamptz not null default now()
);
create index delivery_due on notifications.delivery (next_attempt_at) where delivered_at is null and given_up_at is null;

-- when a reminder went out by e-mail or webhook (at once when urgent, else in the daily message)
alter table notifications.reminder add column sent_out_at timestamptz;
alter table notifications.reminder add column urgent boolean not null default false;
