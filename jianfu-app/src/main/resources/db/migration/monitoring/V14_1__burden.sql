-- 基层负担: what lands on each township and village, month by month, and what each unit sends down.
-- Listeners turn other modules' events into facts and upsert the monthly rollups in the same
-- transaction; dashboards and reports read only the rollups.
create schema if not exists monitoring;

-- which source records were already turned into facts (events may be delivered again)
create table monitoring.source_record (
    source    text not null,
    source_id text not null,
    primary key (source, source_id)
);

-- one fact: a record of some kind that landed on one grassroots unit in one month
create table monitoring.burden_fact (
    id             bigserial primary key,
    source         text        not null,
    source_id      text        not null,
    kind           text        not null check (kind in ('DOCUMENT', 'MEETING', 'TRAVEL', 'INSPECTION', 'FORM',
                                                       'PAPER_TRAIL', 'OFF_LIST_TASK')),
    unit_id        bigint      not null references organization.unit (id),
    division_path  text        not null,
    month          date        not null check (extract(day from month) = 1),
    count          int         not null,
    -- characters for documents, hours for meetings and travel, fields for forms
    measure        numeric(14, 2) not null default 0,
    issuer_unit_id bigint
);
create index burden_fact_source on monitoring.burden_fact (source, source_id);

-- received load per division and month: own = the division's own units; not own = its whole subtree
create table monitoring.received_month (
    division_code varchar(12)    not null,
    own           boolean        not null,
    month         date           not null,
    kind          text           not null,
    count         bigint         not null,
    measure       numeric(18, 2) not null,
    primary key (division_code, own, month, kind)
);

-- what each unit sent downward per month (one per record, however many recipients)
create table monitoring.issued_month (
    unit_id       bigint      not null references organization.unit (id),
    division_path text        not null,
    month         date        not null,
    kind          text        not null,
    count         bigint      not null,
    primary key (unit_id, month, kind)
);
create index issued_month_path on monitoring.issued_month (division_path text_pattern_ops, month);

-- 查重 results per issuing unit and month; filled by the reuse listener once reuse publishes them
create table monitoring.copy_check_month (
    unit_id       bigint  not null references organization.unit (id),
    division_path text    not null,
    month         date    not null,
    checked       bigint  not null,
    copied        bigint  not null,
    primary key (unit_id, month)
);

-- the grassroots divisions with the unit that stands for each (township government, village committee),
-- copied from the organization facade so bulk SQL (demo, bench) can join it
create table monitoring.area (
    code      varchar(12) primary key,
    path      text        not null,
    level     text        not null,
    unit_id   bigint      not null references organization.unit (id)
);
