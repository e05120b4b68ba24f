-- 查重 results: the latest check of each document (at drafting, signing, issuing or in the yearly audit),
-- with its copied passages, so the side-by-side page and the audit list need no re-check.
create schema if not exists reuse;

create table reuse.check_result (
    document_id       bigint primary key,
    issuing_unit_id   bigint           not null references organization.unit (id),
    year              int              not null,
    checked_at        timestamptz      not null default now(),
    moment            text             not null,
    length            int              not null,
    copy_ratio        double precision not null,
    -- the source with the largest share, and whether it is higher-level, a peer or the unit's own
    top_source        text,
    top_source_title  text,
    top_share         double precision not null default 0,
    top_relation      text,
    verdict           text             not null,
    passages          jsonb            not null default '[]'
);
create index check_result_year on reuse.check_result (year, copy_ratio desc);
