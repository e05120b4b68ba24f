-- 工作日历: the days that differ from Monday–Friday work: statutory holidays on weekdays (working = false) and
-- 调休 weekend days that are worked (working = true). Deadlines counted in working days (收文承办 …) read it.
-- The administrator keeps it; the 2026 arrangement is seeded from 国务院办公厅关于2026年部分节假日安排的通知
-- (2025-11-04, 新华社, https://politics.gmw.cn/2025-11/04/content_38391083.htm).
create table organization.calendar_day (
    day        date    primary key,
    working    boolean not null,
    name       text    not null check (length(name) between 1 and 40),
    updated_at timestamptz not null default now()
);

insert into organization.calendar_day (day, working, name)
select d::date, false, n from (values
    ('2026-01-01', '2026-01-03', '元旦'),
    ('2026-02-15', '2026-02-23', '春节'),
    ('2026-04-04', '2026-04-06', '清明节'),
    ('2026-05-01', '2026-05-05', '劳动节'),
    ('2026-06-19', '2026-06-21', '端午节'),
    ('2026-09-25', '2026-09-27', '中秋节'),
    ('2026-10-01', '2026-10-07', '国庆节')) h(f, t, n),
  generate_series(h.f::date, h.t::date, interval '1 day') d;

insert into organization.calendar_day (day, working, name) values
    ('2026-01-04', true, '元旦调休上班'),
    ('2026-02-14', true, '春节调休上班'),
    ('2026-02-28', true, '春节调休上班'),
    ('2026-05-09', true, '劳动节调休上班'),
    ('2026-09-20', true, '国庆节调休上班'),
    ('2026-10-10', true, '国庆节调休上班');
