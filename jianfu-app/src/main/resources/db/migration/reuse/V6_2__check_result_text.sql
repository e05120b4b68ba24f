-- Which text a stored 查重 result belongs to (SHA-256 of the body) and its one-line summary, so a page
-- can show the last result without re-checking inside a GET, and knows when the text has changed since.
alter table reuse.check_result add column body_hash text;
alter table reuse.check_result add column summary text;
