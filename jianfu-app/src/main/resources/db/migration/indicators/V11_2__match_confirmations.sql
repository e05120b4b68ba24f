-- 可能相同: the requester's answer whether a drafted field and a field another department already
-- collects are one datum. Each answer is a labelled pair for the next `indicators fit`
-- (`./jianfu indicators export-confirmations`), so it outlives the draft and the field it was given on.
create table indicators.match_confirmation (
    id                bigserial primary key,
    request_id        bigint references indicators.data_request (id) on delete set null,
    field_id          bigint references indicators.request_field (id) on delete set null,
    -- the two names as the matcher compared them, e.g. 养老服务机构床位数（张） and 养老床位数（张）
    field_name        text         not null,
    matched_name      text         not null,
    matched_key       text         not null,
    matched_collector text         not null,
    matched_form      text         not null,
    -- the matcher's answer when the requester was asked
    tier              text         not null check (tier in ('SAME', 'MAYBE', 'DIFFERENT')),
    score             numeric(6,4) not null,
    -- the requester's answer: one datum or not, and why not
    same              boolean      not null,
    reason            text,
    answered_by       bigint       not null references identity.account (id),
    answered_by_name  text         not null,
    answered_unit_id  bigint       not null references organization.unit (id),
    answered_at       timestamptz  not null,
    check (same or (reason is not null and length(btrim(reason)) > 0)),
    unique (field_id, matched_name)
);
create index match_confirmation_request on indicators.match_confirmation (request_id);
