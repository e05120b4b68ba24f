-- The organisation tree: divisions (行政区划) and the units (机关单位) that belong to them.
create schema if not exists organization;

create table organization.division (
    code        varchar(12) primary key,
    name        text        not null,
    level       text        not null check (level in ('PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
    parent_code varchar(12) references organization.division (code),
    -- dotted code path from the province down, e.g. 62.6201.620102; subtree = path prefix
    path        text        not null unique,
    -- villages are generated (no official list at hand); everything else is imported
    generated   boolean     not null default false
);
create index division_parent on organization.division (parent_code);
create index division_path_prefix on organization.division (path text_pattern_ops);

create table organization.unit (
    id            bigserial primary key,
    division_code varchar(12) not null references organization.division (code),
    name          text        not null,
    short_name    text        not null,
    kind          text        not null check (kind in ('PARTY_COMMITTEE', 'PARTY_OFFICE', 'GOVERNMENT', 'GOVERNMENT_OFFICE',
                                                       'DEPARTMENT', 'BURDEN_OFFICE', 'COORDINATION_BODY', 'VILLAGE_COMMITTEE')),
    -- key of the unit within its division (gov, party, edu ...), stable across imports
    unit_key      text        not null,
    -- prefix of the document numbers (文号) this unit issues, e.g. 甘政办发
    number_prefix text        not null,
    sort_order    int         not null default 0,
    unique (division_code, unit_key)
);
create index unit_division on organization.unit (division_code);
