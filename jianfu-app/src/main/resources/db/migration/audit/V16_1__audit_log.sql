-- Append-only, hash-chained audit log: each row's hash covers its content and the previous hash,
-- so editing or deleting any row breaks the chain from there on (`./jianfu audit-log verify`).
create schema if not exists audit;

create table audit.entry (
    seq         bigint primary key,
    at          timestamptz not null,
    account_id  bigint,
    username    text,
    action      text        not null,
    subject     text        not null,
    details     text        not null default '',
    prev_hash   text        not null,
    hash        text        not null
);

-- Updates and deletes are refused; only a database superuser who disables this can bypass it,
-- and then the hash chain shows it.
create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '审计日志只能追加，不能修改或删除';
end $$;

create trigger entry_append_only before update or delete on audit.entry
    for each row execute function audit.refuse_change();
create trigger entry_no_truncate before truncate on audit.entry
    for each statement execute function audit.refuse_change();
