-- 会签 before 签发: the co-issuing units (联合发文, always) and the peer units the reviewer adds (internal 会签)
-- each countersign with an opinion, in parallel or in order (position); any of them may return the draft.
alter table documents.document drop constraint if exists document_state_check;
alter table documents.document add constraint document_state_check
    check (state in ('DRAFT', 'REVIEW', 'COUNTERSIGN', 'SIGNING', 'SIGNED', 'ISSUED', 'WITHDRAWN'));

create table documents.countersign (
    document_id bigint  not null references documents.document (id) on delete cascade,
    unit_id     bigint  not null references organization.unit (id),
    joint       boolean not null,
    position    int     not null default 0,
    signed_at   timestamptz,
    signed_by   bigint references identity.account (id),
    opinion     text,
    primary key (document_id, unit_id)
);
create index countersign_unit on documents.countersign (unit_id) where signed_at is null;
