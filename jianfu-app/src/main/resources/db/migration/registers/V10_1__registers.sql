-- The 2024 rules' other burdens: 责任书/责任状, 一票否决, 创建示范/评比, 借调 (registers with approval),
-- and the 乡镇履职事项清单 with the tasks checked against it.
create schema if not exists registers;

create table registers.entry (
    id                   bigserial primary key,
    kind                 text        not null check (kind in ('PLEDGE', 'VETO', 'DEMONSTRATION', 'SECONDMENT')),
    owner_unit_id        bigint      not null references organization.unit (id),
    title                text        not null,
    reason               text        not null,
    -- lower-level units that sign, are assessed, take part, or lend the cadre
    counterpart_unit_ids bigint[]    not null default '{}',
    year                 int         not null,
    -- 借调 only: who, and for how long
    person_name          text,
    starts_on            date,
    ends_on              date,
    state                text        not null check (state in ('PENDING', 'APPROVED', 'REFUSED')),
    reviewer_division    varchar(12) not null references organization.division (code),
    decision_note        text,
    decided_by           text,
    decided_at           timestamptz,
    created_at           timestamptz not null default now()
);
create index entry_owner_year on registers.entry (owner_unit_id, year);
create index entry_reviewer on registers.entry (reviewer_division, state);

create table registers.duty (
    id             bigserial primary key,
    township_code  varchar(12) not null references organization.division (code),
    category       text        not null check (category in ('BASIC', 'SUPPORTING', 'RETURNED')),
    title          text        not null
);
create index duty_township on registers.duty (township_code);

-- every task checked against a township's list; off-list ones are the flagged 属地管理 cases
create table registers.assigned_task (
    id                bigserial primary key,
    assigning_unit_id bigint      not null references organization.unit (id),
    township_code     varchar(12) not null references organization.division (code),
    title             text        not null,
    matched_duty_id   bigint      references registers.duty (id),
    created_at        timestamptz not null default now()
);
create index assigned_task_township on registers.assigned_task (township_code);
