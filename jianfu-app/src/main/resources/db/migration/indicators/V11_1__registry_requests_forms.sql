-- 一表通: the indicator registry (指标库), data requests (填报任务) with their fields, the answers
-- grassroots units give once, submissions, reuse (共享) records and the approved grassroots forms.
create schema if not exists indicators;

create table indicators.indicator (
    id              bigserial primary key,
    code            text        not null unique,
    name            text        not null,
    definition      text        not null default '',
    unit_of_measure text        not null default '',
    period          text        not null check (period in ('MONTHLY', 'QUARTERLY', 'YEARLY', 'ONCE')),
    level           text        not null check (level in ('TOWNSHIP', 'VILLAGE')),
    -- owning department as the registry names it (民政局), and its unit key where the catalogue has one (civil)
    department      text        not null,
    department_key  text,
    data_type       text        not null check (data_type in ('INTEGER', 'DECIMAL', 'TEXT', 'DATE', 'BOOLEAN')),
    min_value       numeric,
    max_value       numeric,
    aliases         text[]      not null default '{}',
    seeded          boolean     not null default false,
    created_at      timestamptz not null default now()
);

create table indicators.data_request (
    id                   bigserial primary key,
    requester_unit_id    bigint      not null references organization.unit (id),
    -- the requester's division path: scope checks need no join into another module
    requester_path       text        not null,
    requester_name       text        not null,
    title                text        not null,
    purpose              text        not null default '',
    target_division_code varchar(12) not null references organization.division (code),
    target_path          text        not null,
    target_level         text        not null check (target_level in ('TOWNSHIP', 'VILLAGE')),
    period               text        not null check (period in ('MONTHLY', 'QUARTERLY', 'YEARLY', 'ONCE')),
    -- first day of the month whose one merged form carries this request
    form_month           date        not null,
    deadline             date        not null,
    status               text        not null check (status in ('DRAFT', 'AWAITING_LEADER', 'AWAITING_BURDEN_OFFICE', 'SENT')),
    -- why the 减负办 must approve an explanation (null: no gate), the explanation and the decision
    gate_reason          text,
    explanation          text,
    explanation_approved_by bigint references identity.account (id),
    return_note          text,
    drafted_by           bigint references identity.account (id),
    approved_by          bigint references identity.account (id),
    reminded_at          timestamptz,
    sent_at              timestamptz,
    created_at           timestamptz not null default now()
);
create index data_request_requester_path on indicators.data_request (requester_path text_pattern_ops);
create index data_request_target_path on indicators.data_request (target_path text_pattern_ops);
create index data_request_status on indicators.data_request (status, form_month);

create table indicators.request_field (
    id              bigserial primary key,
    request_id      bigint  not null references indicators.data_request (id) on delete cascade,
    position        int     not null,
    name            text    not null,
    unit_of_measure text    not null default '',
    period          text    not null check (period in ('MONTHLY', 'QUARTERLY', 'YEARLY', 'ONCE')),
    data_type       text    not null check (data_type in ('INTEGER', 'DECIMAL', 'TEXT', 'DATE', 'BOOLEAN')),
    required        boolean not null default true,
    min_value       numeric,
    max_value       numeric,
    indicator_id    bigint references indicators.indicator (id),
    -- fields with one key are one datum (I:<registry code> or F:<first field id>); set when sent
    match_key       text,
    -- not asked of the grassroots again: read from data already collected
    reused          boolean not null default false
);
create index request_field_request on indicators.request_field (request_id);
create index request_field_key on indicators.request_field (match_key);

create table indicators.request_target (
    request_id   bigint not null references indicators.data_request (id) on delete cascade,
    unit_id      bigint not null references organization.unit (id),
    unit_path    text   not null,
    submitted_at timestamptz,
    primary key (request_id, unit_id)
);
create index request_target_unit on indicators.request_target (unit_id);

-- 共享记录: a department reads a datum another one already collects instead of asking again
create table indicators.field_share (
    id             bigserial primary key,
    reader_unit_id bigint      not null references organization.unit (id),
    request_id     bigint      not null references indicators.data_request (id) on delete cascade,
    field_id       bigint      not null references indicators.request_field (id) on delete cascade,
    source         text        not null,
    source_unit_id bigint references organization.unit (id),
    match_key      text        not null,
    created_at     timestamptz not null default now(),
    unique (field_id)
);

create table indicators.submission (
    id               bigserial primary key,
    unit_id          bigint      not null references organization.unit (id),
    unit_path        text        not null,
    form_month       date        not null,
    -- the form version this submission created; one per version, so a replay is recognised
    version          int         not null,
    payload_hash     text        not null,
    fields_requested int         not null,
    fields_filled    int         not null,
    fields_prefilled int         not null,
    forms            int         not null,
    via              text        not null check (via in ('WEB', 'EXCEL', 'DEMO')),
    submitted_by     bigint references identity.account (id),
    submitted_at     timestamptz not null,
    unique (unit_id, form_month, version)
);
create index submission_path on indicators.submission (unit_path text_pattern_ops, form_month);

-- one value per unit, datum and period (2019-03, 2019-Q1, 2019, ONCE), in the unit it was given in
create table indicators.answer (
    unit_id         bigint      not null references organization.unit (id),
    match_key       text        not null,
    value_period    text        not null,
    value           text        not null,
    unit_of_measure text        not null default '',
    submission_id   bigint references indicators.submission (id),
    updated_at      timestamptz not null,
    primary key (unit_id, match_key, value_period)
);

-- 基层报表准入清单: form names a department may send to the grassroots in a year
create table indicators.approved_form (
    id          bigserial primary key,
    year        int         not null,
    unit_id     bigint      not null references organization.unit (id),
    form_name   text        not null,
    approved_by bigint references identity.account (id),
    created_at  timestamptz not null default now(),
    unique (year, unit_id, form_name)
);
