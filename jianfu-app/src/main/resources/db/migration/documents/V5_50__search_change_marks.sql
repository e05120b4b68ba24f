-- 公文检索: every insert or update of a document stamps it with the id of the writing transaction, so
-- a node's search index can pick up exactly the rows changed since its last look. A transaction id
-- (unlike a timestamp or a sequence) lets the reader know which writers may still be running: all
-- below pg_snapshot_xmin have finished, so re-reading from there never misses a late commit.
-- Addressees (co_issuer, recipient) are only ever rewritten together with their document row.
alter table documents.document add column changed_xid xid8 not null default pg_current_xact_id();

create function documents.stamp_changed_xid() returns trigger language plpgsql as $$
begin
    new.changed_xid := pg_current_xact_id();
    return new;
end $$;

create trigger document_changed_xid before insert or update on documents.document
    for each row execute function documents.stamp_changed_xid();

create index document_changed_xid on documents.document (changed_xid);
