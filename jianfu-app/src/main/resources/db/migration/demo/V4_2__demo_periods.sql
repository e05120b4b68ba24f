-- The living demo: loaders that fill the years after the seed and the weeks up to just ahead of
-- today record each period they loaded, together with its rows in one transaction; every start
-- loads only the periods after the last one recorded, so the demo never goes stale.
create table demo.period_run (
    loader      text        not null,
    period_from date        not null,
    period_to   date        not null,
    seed        bigint      not null,
    rows_loaded bigint      not null,
    finished_at timestamptz not null default now(),
    primary key (loader, period_from),
    check (period_to > period_from)
);
