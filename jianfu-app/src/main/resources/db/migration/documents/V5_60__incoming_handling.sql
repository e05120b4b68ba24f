-- 收文办理: what a unit does with a document it received. Electronic documents are registered when the unit
-- signs for them; paper ones are registered by the office clerk with a scan. Then 拟办 (the office proposes),
-- 批办 (a leader instructs), 传阅 (leaders read and write 阅示), 承办 (named people, with a deadline in working
-- days), 转办, 办结 (closed with its result).
create table documents.incoming (
    id              bigserial primary key,
    unit_id         bigint      not null references organization.unit (id),
    document_id     bigint      references documents.document (id) on delete cascade,
    title           text        not null,
    original_number text,
    issuing_organ   text        not null,
    received_on     date        not null,
    urgency         text        not null default 'NORMAL',
    scan_name       text,
    scan_type       text,
    scan            bytea,
    state           text        not null default 'REGISTERED',
    result          text,
    registered_by   bigint      references identity.account (id),
    registered_at   timestamptz not null default now(),
    closed_at       timestamptz,
    unique (document_id, unit_id),
    -- a paper registration carries its scan; an electronic one has the document itself
    check ((document_id is null) = (scan is not null))
);
create index incoming_unit on documents.incoming (unit_id, registered_at desc);

create table documents.incoming_step (
    id          bigserial primary key,
    incoming_id bigint      not null references documents.incoming (id) on delete cascade,
    action      text        not null,
    account_id  bigint      references identity.account (id),
    actor_name  text        not null,
    opinion     text,
    at          timestamptz not null default now()
);
create index incoming_step_incoming on documents.incoming_step (incoming_id, at);

-- Work waiting on one person: 批办 (a leader), 传阅 (阅示, in parallel or in order by position), 承办 (with a deadline).
create table documents.incoming_task (
    id          bigserial primary key,
    incoming_id bigint      not null references documents.incoming (id) on delete cascade,
    kind        text        not null,
    assignee_id bigint      not null references identity.account (id),
    position    int         not null default 0,
    due_on      date,
    assigned_at timestamptz not null default now(),
    done_at     timestamptz,
    opinion     text
);
create index incoming_task_open on documents.incoming_task (assignee_id) where done_at is null;
create index incoming_task_incoming on documents.incoming_task (incoming_id);

-- the documents already signed for and not yet handled arrive registered, like the ones signed from now on
insert into documents.incoming (unit_id, document_id, title, original_number, issuing_organ, received_on, urgency,
                                registered_by, registered_at)
select r.unit_id, d.id, d.title, d.document_number, u.name, (r.signed_at at time zone 'Asia/Shanghai')::date, d.urgency,
       r.signed_by, r.signed_at
from documents.recipient r join documents.document d on d.id = r.document_id
  join organization.unit u on u.id = d.issuing_unit_id
where r.signed_at is not null and r.handled_at is null and d.state = 'ISSUED';
