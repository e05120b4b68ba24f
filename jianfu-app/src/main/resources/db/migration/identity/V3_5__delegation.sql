-- 委托: a leader lets a named colleague of the same unit sign (签发) or approve (审批) for them over a period;
-- it ends by itself on ends_on. Never more than one delegation of a leader at a time.
create table identity.delegation (
    id           bigserial primary key,
    delegator_id bigint      not null references identity.account (id),
    deputy_id    bigint      not null references identity.account (id),
    scope        text        not null check (scope in ('SIGNING', 'APPROVAL', 'ALL')),
    starts_on    date        not null,
    ends_on      date        not null,
    created_at   timestamptz not null default now(),
    revoked_at   timestamptz,
    check (delegator_id <> deputy_id),
    check (starts_on <= ends_on)
);
create index delegation_deputy on identity.delegation (deputy_id, starts_on, ends_on) where revoked_at is null;
