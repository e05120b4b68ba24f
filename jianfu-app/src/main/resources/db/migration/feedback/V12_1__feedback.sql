-- 基层减负观察点: anonymous burden reports. Nothing here may link a report to its author:
-- no account, no unit, no IP, no exact time (weeks only), the author's area only at county level,
-- random ids (no sequence that would reveal the order of submissions).
create schema if not exists feedback;

create table feedback.report (
    id                     uuid primary key,
    -- shown to the author once, together with a secret; lookup needs both
    public_code            text        not null unique,
    -- slow hash (BCrypt) of the one-time secret
    secret_hash            text        not null,
    category               text        not null check (category in ('PAPERWORK', 'MEETINGS', 'INSPECTIONS', 'FORMS',
                                                                   'PAPER_TRAIL', 'APPS_AND_GROUPS', 'SECONDMENT', 'OTHER')),
    causing_unit_id        bigint      not null references organization.unit (id),
    -- the causing unit's division path, for the 减负办 subtree scope
    causing_unit_path      text        not null,
    -- the 减负办 that handles it first: the causing unit's county, or its own division above county
    office_division_code   varchar(12) not null references organization.division (code),
    -- the author's county (or coarser), never finer
    author_area_code       varchar(12) not null references organization.division (code),
    reported_week          date        not null check (extract(isodow from reported_week) = 1),
    body                   text        not null,
    status                 text        not null check (status in ('SUBMITTED', 'ASKED', 'RESPONDED', 'CLOSED')),
    result                 text,
    closed_week            date
);
create index report_office on feedback.report (office_division_code, status);
create index report_causing_path on feedback.report (causing_unit_path text_pattern_ops);
create index report_causing_unit on feedback.report (causing_unit_id, status);

-- at most one attachment, re-encoded on upload so no camera or author metadata survives
create table feedback.attachment (
    report_id  uuid  primary key references feedback.report (id) on delete cascade,
    media_type text  not null check (media_type in ('image/png', 'image/jpeg')),
    content    bytea not null
);

-- the conversation on a report: 减负办 notes and questions, the causing unit's answer, the author's follow-ups
create table feedback.entry (
    id         uuid primary key,
    report_id  uuid        not null references feedback.report (id) on delete cascade,
    kind       text        not null check (kind in ('ASKED', 'RESPONDED', 'AUTHOR_NOTE', 'OFFICE_NOTE', 'CLOSED')),
    -- the official unit that wrote it (减负办 or causing unit); null for the author
    unit_id    bigint      references organization.unit (id),
    body       text        not null,
    entry_week date        not null,
    seq        int         not null
);
create index entry_report on feedback.entry (report_id, seq);

-- anti-abuse: reports per account and day, keyed by HMAC(account, day) with a key held only in memory;
-- no column links it to a report, and rows of past days are deleted
create table feedback.daily_count (
    key_hash bytea primary key,
    day      date not null,
    n        int  not null
);
