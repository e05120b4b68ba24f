-- Login throttling with growing delays instead of a hard lock (account.failed_attempts and locked_until
-- are no longer written). One row per key: 'pair:<username>@<address>', 'account:<username>' and
-- 'address:<address>'. Keys exist for any typed username, real or not, so a delay tells nobody whether
-- an account exists. In PostgreSQL, so every node of a cluster applies the same delays.
create table identity.login_throttle (
    key           text        primary key,
    failures      int         not null,
    last_failure  timestamptz not null,
    blocked_until timestamptz
);
