-- 公文: drafts, the issuing flow, 文号, distribution and receipt, the 减负 gate's records.
create schema if not exists documents;

create table documents.document (
    id                bigserial primary key,
    -- the lead issuing unit; a joint document (联合发文) counts once, for it
    issuing_unit_id   bigint      not null references organization.unit (id),
    kind              text        not null,
    title             text        not null,
    body              text        not null default '',
    comprehensive     boolean     not null default false,
    urgency           text        not null default 'NORMAL' check (urgency in ('NORMAL', 'URGENT', 'VERY_URGENT')),
    header_style      text        not null default 'RED' check (header_style in ('RED', 'PLAIN', 'MEMO')),
    direction         text        not null default 'LATERAL' check (direction in ('DOWNWARD', 'UPWARD', 'LATERAL')),
    state             text        not null default 'DRAFT'
        check (state in ('DRAFT', 'REVIEW', 'SIGNING', 'SIGNED', 'ISSUED', 'WITHDRAWN')),
    written_on        date,
    -- 文号, assigned at 印发 and never reused: prefix + year + sequence, unique together
    number_prefix     text,
    number_year       int,
    number_seq        int,
    document_number   text unique,
    issued_at         timestamptz,
    issue_year        int,
    -- 减负一致性评估: answers of the checklist, confirmed by the drafter
    review_confirmed  boolean     not null default false,
    review_answers    text        not null default '',
    drafted_by        bigint      not null references identity.account (id),
    signed_by         bigint references identity.account (id),
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    demo              boolean     not null default false,
    unique (number_prefix, number_year, number_seq)
);
create index document_unit_state on documents.document (issuing_unit_id, state);
create index document_issue_year on documents.document (issue_year, state);

create table documents.co_issuer (
    document_id bigint not null references documents.document (id) on delete cascade,
    unit_id     bigint not null references organization.unit (id),
    primary key (document_id, unit_id)
);

-- The counter behind 文号: one row per (prefix, year), bumped with insert … on conflict … returning
-- inside the issuing transaction, so two servers on one database never hand out the same number.
create table documents.number_counter (
    prefix   text not null,
    year     int  not null,
    last_seq int  not null,
    primary key (prefix, year)
);

create table documents.recipient (
    document_id    bigint  not null references documents.document (id) on delete cascade,
    unit_id        bigint  not null references organization.unit (id),
    copy           boolean not null default false,
    signed_at      timestamptz,
    signed_by      bigint references identity.account (id),
    read_at        timestamptz,
    read_by        bigint references identity.account (id),
    handled_at     timestamptz,
    returned_at    timestamptz,
    return_comment text,
    -- at most one reminder per item per day
    reminded_on    date,
    primary key (document_id, unit_id)
);
create index recipient_unit on documents.recipient (unit_id, signed_at);

create table documents.attachment (
    id           bigserial primary key,
    document_id  bigint not null references documents.document (id) on delete cascade,
    file_name    text   not null,
    content_type text   not null,
    size_bytes   bigint not null,
    content      bytea  not null,
    created_at   timestamptz not null default now()
);
create index attachment_document on documents.attachment (document_id);

-- Every transition: who, when, what, and the comment (退回 reasons).
create table documents.transition (
    id          bigserial primary key,
    document_id bigint      not null references documents.document (id) on delete cascade,
    action      text        not null,
    from_state  text,
    to_state    text        not null,
    account_id  bigint      references identity.account (id),
    actor_name  text        not null,
    comment     text,
    at          timestamptz not null default now()
);
create index transition_document on documents.transition (document_id, at);

-- A written explanation for a BLOCKed check, decided by the 减负办 one level up.
create table documents.explanation (
    id                  bigserial primary key,
    document_id         bigint      not null references documents.document (id) on delete cascade,
    check_name          text        not null,
    check_label         text        not null,
    check_summary       text        not null,
    text                text        not null,
    state               text        not null default 'PENDING' check (state in ('PENDING', 'APPROVED', 'REFUSED')),
    approver_division   varchar(12) not null references organization.division (code),
    written_by          bigint      not null references identity.account (id),
    written_at          timestamptz not null default now(),
    decided_by          bigint references identity.account (id),
    decided_at          timestamptz,
    decision_comment    text
);
create index explanation_approver on documents.explanation (approver_division, state);
create unique index explanation_one_open on documents.explanation (document_id, check_name) where state <> 'REFUSED';

-- What the gate said at 签发 and at 印发, kept with the document.
create table documents.check_record (
    id          bigserial primary key,
    document_id bigint      not null references documents.document (id) on delete cascade,
    moment      text        not null,
    check_name  text        not null,
    label       text        not null,
    verdict     text        not null,
    summary     text        not null,
    details_url text,
    at          timestamptz not null default now()
);
create index check_record_document on documents.check_record (document_id);
