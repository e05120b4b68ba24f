-- The daily report limit is counted in memory now: a counter row shared the report's transaction (xmin)
-- and told how many reports one author sent that day.
drop table feedback.daily_count;

-- Reports and conversation entries are re-written in batches by ReportMixer (mixed = true), so their
-- transaction ids (xmin) no longer sit between their author's login and the next one.
alter table feedback.report add column mixed boolean not null default false;
alter table feedback.entry add column mixed boolean not null default false;
