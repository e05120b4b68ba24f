-- 请假 / 替会: an invited unit asks the organiser to be excused (请假) or to send someone else (替会, named);
-- the organiser approves or refuses. One request per unit and meeting; a refused one may be asked again.
create table meetings.absence (
    meeting_id    bigint      not null references meetings.meeting (id),
    unit_id       bigint      not null references organization.unit (id),
    kind          text        not null check (kind in ('LEAVE', 'SUBSTITUTE')),
    reason        text        not null check (length(reason) between 1 and 300),
    substitute    text        check (substitute is null or length(substitute) between 1 and 60),
    state         text        not null default 'PENDING' check (state in ('PENDING', 'APPROVED', 'REFUSED')),
    requested_by  bigint      not null references identity.account (id),
    requested_at  timestamptz not null,
    decided_by    bigint      references identity.account (id),
    decided_at    timestamptz,
    decision_note text,
    primary key (meeting_id, unit_id),
    check ((kind = 'SUBSTITUTE') = (substitute is not null))
);
