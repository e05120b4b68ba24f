-- Which demo-data loaders have completed; a loader commits its rows and its run row together,
-- so an interrupted load resumes where it stopped and never duplicates.
create schema if not exists demo;

create table demo.loader_run (
    loader      text primary key,
    seed        bigint      not null,
    rows_loaded bigint      not null,
    finished_at timestamptz not null default now()
);
