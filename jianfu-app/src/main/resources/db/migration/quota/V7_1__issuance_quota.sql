-- 发文限额: rules per region and year, and the per-unit yearly counter the gate reserves from.
create schema if not exists quota;

create table quota.rule (
    id             bigserial primary key,
    -- the rule applies to issuing units in this division's subtree; the most specific region wins
    division_code  varchar(12) not null references organization.division (code),
    year           int         not null,
    style          text        not null check (style in ('CUT_FROM_BASE', 'NO_INCREASE')),
    base_year      int,
    cut_percent    int check (cut_percent between 0 and 100),
    note           text        not null default '',
    created_at     timestamptz not null default now(),
    unique (division_code, year)
);

-- One row per issuing unit and year: the row lock serialises reservations across servers.
create table quota.usage (
    unit_id bigint  not null references organization.unit (id),
    year    int     not null,
    used    int     not null default 0,
    seeded  boolean not null default false,
    primary key (unit_id, year)
);

-- Which documents used the quota: makes counting idempotent (gate reservation and event both land here).
create table quota.reservation (
    document_id bigint not null primary key,
    unit_id     bigint not null references organization.unit (id),
    year        int    not null,
    at          timestamptz not null default now()
);
create index reservation_unit_year on quota.reservation (unit_id, year);
