-- 会议纪要 issued as a 公文: at most one minutes document per meeting. document_id names a row of
-- documents.document, which belongs to another module: no foreign key (modules share only
-- organization and identity tables), the documents facade is asked for its state.
create table meetings.minutes_document (
    meeting_id  bigint      primary key references meetings.meeting (id),
    document_id bigint      not null unique,
    drafted_by  bigint      not null references identity.account (id),
    drafted_at  timestamptz not null default now()
);
