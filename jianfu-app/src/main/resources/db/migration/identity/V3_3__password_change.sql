-- Password change: an account created with a generated password (the first administrator of a non-demo
-- deployment) must set its own at first sign-in; the last passwords are kept (hashes only) so one is not
-- reused.
alter table identity.account add column must_change_password boolean not null default false;

create table identity.password_history (
    account_id    bigint      not null references identity.account (id),
    password_hash text        not null,
    changed_at    timestamptz not null
);
create index password_history_account on identity.password_history (account_id, changed_at desc);
