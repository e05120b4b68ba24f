-- 获得感 answers wait here, with no account, no time and a random key, until the mixer adds them to the
-- county counters in shuffled batches of at least jianfu.survey.mix-batch (or when the survey closes)
-- and deletes them: the counters then share no transaction (xmin) with any participation row.
create table feedback.survey_ballot (
    token     uuid        primary key default gen_random_uuid(),
    survey_id bigint      not null references feedback.survey (id) on delete cascade,
    area_code varchar(12) not null references organization.division (code),
    scores    int[]       not null
);
