-- 督查检查考核: annual plans with items (计划报批), scheduled inspections, joint inspections, results.
create schema if not exists inspections;

create table inspections.plan (
    id                 bigserial primary key,
    department_unit_id bigint      not null references organization.unit (id),
    year               int         not null,
    state              text        not null check (state in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REFUSED')),
    -- the 减负办 that approves (备案): the department's own division
    reviewer_division  varchar(12) not null references organization.division (code),
    decision_note      text,
    decided_by         text,
    decided_at         timestamptz,
    unique (department_unit_id, year)
);

create table inspections.plan_item (
    id              bigserial primary key,
    plan_id         bigint  not null references inspections.plan (id),
    title           text    not null,
    purpose         text    not null default '',
    comprehensive   boolean not null default false,
    target_unit_ids bigint[] not null,
    window_from     date    not null,
    window_to       date    not null check (window_to >= window_from),
    method          text    not null default '',
    materials       text    not null default '',
    on_site         boolean not null default true,
    -- 留痕 keywords found in method/materials when the item was written
    paper_trail     text[]  not null default '{}'
);
create index plan_item_plan on inspections.plan_item (plan_id);

create table inspections.joint (
    id          bigserial primary key,
    held_on     date        not null,
    accepted_by text        not null,
    accepted_at timestamptz not null default now()
);

create table inspections.inspection (
    id                 bigserial primary key,
    item_id            bigint  not null references inspections.plan_item (id),
    department_unit_id bigint  not null references organization.unit (id),
    scheduled_on       date    not null,
    on_site            boolean not null,
    state              text    not null check (state in ('SCHEDULED', 'DONE', 'CANCELLED')),
    joint_id           bigint  references inspections.joint (id),
    findings           text,
    rectification      text
);
create index inspection_date on inspections.inspection (scheduled_on);

create table inspections.inspection_target (
    inspection_id bigint not null references inspections.inspection (id),
    unit_id       bigint not null references organization.unit (id),
    primary key (inspection_id, unit_id)
);
create index inspection_target_unit on inspections.inspection_target (unit_id);
