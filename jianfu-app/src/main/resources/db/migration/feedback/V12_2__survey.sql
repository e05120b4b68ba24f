-- 获得感 survey: who took part and what was answered are kept apart. Answers are never stored one
-- by one: each answer only adds 1 to a counter of (survey, county, question, score), so no row exists
-- that could be matched with a participation row.
create table feedback.survey (
    id       bigserial primary key,
    year     int  not null,
    quarter  int  not null check (quarter between 1 and 4),
    title    text not null,
    opens    date not null,
    closes   date not null,
    unique (year, quarter)
);

create table feedback.survey_question (
    survey_id bigint not null references feedback.survey (id) on delete cascade,
    no        int    not null,
    text      text   not null,
    primary key (survey_id, no)
);

-- one answer per cadre and survey; nothing about the answer
create table feedback.survey_participation (
    survey_id  bigint not null references feedback.survey (id) on delete cascade,
    account_id bigint not null references identity.account (id),
    primary key (survey_id, account_id)
);

-- respondents per county, for the minimum group size
create table feedback.survey_respondents (
    survey_id bigint      not null references feedback.survey (id) on delete cascade,
    area_code varchar(12) not null references organization.division (code),
    n         bigint      not null,
    primary key (survey_id, area_code)
);

-- how many in a county gave a question a score (1 = much worse … 5 = much better)
create table feedback.survey_tally (
    survey_id   bigint      not null references feedback.survey (id) on delete cascade,
    area_code   varchar(12) not null references organization.division (code),
    question_no int         not null,
    score       int         not null check (score between 1 and 5),
    n           bigint      not null,
    primary key (survey_id, area_code, question_no, score)
);
