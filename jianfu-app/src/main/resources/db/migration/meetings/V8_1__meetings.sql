-- 会议: meetings, invitations (attendance), annual plans with quotas, over-quota explanations, merges.
create schema if not exists meetings;

create table meetings.meeting (
    id                  bigserial primary key,
    organiser_unit_id   bigint      not null references organization.unit (id),
    title               text        not null,
    type                text        not null check (type in ('COMPREHENSIVE', 'SPECIAL', 'TRAINING', 'SYMPOSIUM', 'OTHER')),
    -- local time (Asia/Shanghai); meetings are planned by wall clock
    starts_at           timestamp   not null,
    planned_minutes     int         not null check (planned_minutes > 0),
    main_speech_minutes int         not null default 0 check (main_speech_minutes >= 0),
    mode                text        not null check (mode in ('ON_SITE', 'VIDEO', 'HYBRID')),
    -- division levels that attend: PREFECTURE, COUNTY, TOWNSHIP, VILLAGE
    reach               text[]      not null,
    -- who calls it (主要负责同志 / 分管负责同志) and whom invited units must send
    convener            text        not null check (convener in ('PRINCIPAL', 'DEPUTY')),
    attendee_level      text        not null check (attendee_level in ('PRINCIPAL', 'DEPUTY', 'STAFF')),
    venue               text,
    -- room number or link in the province's existing video system
    video_room          text,
    agenda              text        not null default '',
    materials_requested text        not null default '',
    state               text        not null check (state in ('AWAITING_APPROVAL', 'PLANNED', 'HELD', 'CANCELLED', 'REFUSED')),
    merged_into         bigint      references meetings.meeting (id),
    minutes             text,
    created_at          timestamptz not null default now()
);
create index meeting_organiser_start on meetings.meeting (organiser_unit_id, starts_at);
create index meeting_start on meetings.meeting (starts_at);

create table meetings.invitation (
    meeting_id     bigint      not null references meetings.meeting (id),
    unit_id        bigint      not null references organization.unit (id),
    -- where the unit follows a video meeting (e.g. its 村委会); null = at the venue
    receiving_site text,
    confirmed_at   timestamptz,
    signed_in_at   timestamptz,
    primary key (meeting_id, unit_id)
);
create index invitation_unit on meetings.invitation (unit_id);

create table meetings.meeting_plan (
    unit_id     bigint not null references organization.unit (id),
    year        int    not null,
    rule        text   not null check (rule in ('CUT_VS_BASE', 'NOT_ABOVE_LAST_YEAR')),
    base_year   int    not null,
    cut_percent int    not null default 0 check (cut_percent between 0 and 100),
    baseline    int    not null check (baseline >= 0),
    quota       int    not null check (quota >= 0),
    primary key (unit_id, year)
);

-- an over-quota meeting waits for the 减负办 one level up
create table meetings.quota_explanation (
    meeting_id        bigint      primary key references meetings.meeting (id),
    reason            text        not null,
    reviewer_division varchar(12) not null references organization.division (code),
    state             text        not null check (state in ('PENDING', 'APPROVED', 'REFUSED')),
    decision_note     text,
    decided_by        text,
    decided_at        timestamptz,
    submitted_at      timestamptz not null default now()
);
create index quota_explanation_reviewer on meetings.quota_explanation (reviewer_division, state);

create table meetings.merge (
    id                    bigserial primary key,
    merged_meeting_id     bigint        not null references meetings.meeting (id),
    cancelled_meeting_ids bigint[]      not null,
    attendee_days_saved   numeric(10,1) not null,
    travel_hours_saved    numeric(10,1) not null,
    accepted_by           text          not null,
    accepted_at           timestamptz   not null default now()
);
