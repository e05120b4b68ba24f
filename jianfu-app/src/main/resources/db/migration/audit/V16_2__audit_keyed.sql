-- The chain becomes keyed: new entries carry an HMAC-SHA-256 under a key kept outside the database
-- (jianfu.audit.key, or a 0600 file under the data folder), so whoever can write the table cannot
-- recompute the chain after an edit. Entries written before this migration keep their plain SHA-256
-- links (keyed = false); the first keyed entry links to the last of them, and no plain entry may follow.
-- origin: where the act came from (the client's address, or 命令行 for a command).
alter table audit.entry add column keyed boolean not null default false;
alter table audit.entry add column origin text;

create index entry_action on audit.entry (action);
create index entry_at on audit.entry (at);
