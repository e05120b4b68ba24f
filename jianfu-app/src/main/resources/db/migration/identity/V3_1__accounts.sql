-- Accounts and their lockout state; one role per account, one unit per account.
create schema if not exists identity;

create table identity.account (
    id              bigserial primary key,
    username        text        not null unique,
    display_name    text        not null,
    password_hash   text        not null,
    role            text        not null check (role in ('ADMIN', 'MONITOR', 'CLERK', 'LEADER', 'CADRE')),
    unit_id         bigint      not null references organization.unit (id),
    enabled         boolean     not null default true,
    failed_attempts int         not null default 0,
    locked_until    timestamptz,
    demo            boolean     not null default false,
    created_at      timestamptz not null default now()
);
create index account_unit on identity.account (unit_id);
