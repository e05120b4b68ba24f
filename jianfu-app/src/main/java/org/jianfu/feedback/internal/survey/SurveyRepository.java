package org.jianfu.feedback.internal.survey;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SurveyRepository {

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(int year, int quarter, String title, LocalDate opens, LocalDate closes, List<String> questions) {
        long id = jdbc.sql("insert into feedback.survey (year, quarter, title, opens, closes) values (?,?,?,?,?) returning id")
                .params(year, quarter, title, opens, closes).query(Long.class).single();
        for (int i = 0; i < questions.size(); i++) {
            jdbc.sql("insert into feedback.survey_question (survey_id, no, text) values (?,?,?)").params(id, i + 1, questions.get(i)).update();
        }
        return id;
    }

    boolean exists(int year, int quarter) {
        return jdbc.sql("select count(*) from feedback.survey where year = ? and quarter = ?").params(year, quarter)
                .query(Long.class).single() > 0;
    }

    List<Survey> all() {
        return jdbc.sql("select id from feedback.survey order by year desc, quarter desc").query(Long.class).list()
                .stream().map(id -> byId(id).orElseThrow()).toList();
    }

    /** Surveys open on {@code day} that the account has not taken part in (one query: it runs on every 待办 page). */
    List<Survey> openNotTakenBy(long accountId, LocalDate day) {
        return jdbc.sql("""
                        select s.id, s.year, s.quarter, s.title, s.opens, s.closes from feedback.survey s
                        where ? between s.opens and s.closes and not exists (
                          select 1 from feedback.survey_participation p where p.survey_id = s.id and p.account_id = ?)
                        order by s.opens""")
                .params(day, accountId)
                .query((rs, n) -> new Survey(rs.getLong("id"), rs.getInt("year"), rs.getInt("quarter"), rs.getString("title"),
                        rs.getObject("opens", LocalDate.class), rs.getObject("closes", LocalDate.class), List.of()))
                .list();
    }

    Optional<Survey> byId(long id) {
        List<String> questions = jdbc.sql("select text from feedback.survey_question where survey_id = ? order by no")
                .param(id).query(String.class).list();
        return jdbc.sql("select * from feedback.survey where id = ?").param(id)
                .query((rs, n) -> new Survey(rs.getLong("id"), rs.getInt("year"), rs.getInt("quarter"), rs.getString("title"),
                        rs.getObject("opens", LocalDate.class), rs.getObject("closes", LocalDate.class), questions)).optional();
    }

    /** False if the account took part already. */
    boolean participate(long surveyId, long accountId) {
        return jdbc.sql("insert into feedback.survey_participation (survey_id, account_id) values (?,?) on conflict do nothing")
                .params(surveyId, accountId).update() == 1;
    }

    boolean participated(long surveyId, long accountId) {
        return jdbc.sql("select count(*) from feedback.survey_participation where survey_id = ? and account_id = ?")
                .params(surveyId, accountId).query(Long.class).single() > 0;
    }

    /** An answer waiting for the mixer: no account, no time. */
    void ballot(long surveyId, String areaCode, List<Integer> scores) {
        jdbc.sql("insert into feedback.survey_ballot (survey_id, area_code, scores) values (?,?,?)")
                .params(surveyId, areaCode, scores.toArray(Integer[]::new)).update();
    }

    record Ballot(java.util.UUID token, long surveyId, String areaCode, List<Integer> scores) {
    }

    /** Surveys with waiting answers, and how many wait. */
    Map<Long, Long> waitingBallots() {
        Map<Long, Long> waiting = new HashMap<>();
        jdbc.sql("select survey_id, count(*) from feedback.survey_ballot group by survey_id")
                .query(rs -> {
                    waiting.put(rs.getLong(1), rs.getLong(2));
                });
        return waiting;
    }

    /** Takes every waiting answer of a survey (locked, so two nodes never count one twice). */
    List<Ballot> takeBallots(long surveyId) {
        List<Ballot> taken = jdbc.sql("select * from feedback.survey_ballot where survey_id = ? for update skip locked")
                .param(surveyId).query((rs, n) -> new Ballot(rs.getObject("token", java.util.UUID.class), rs.getLong("survey_id"),
                        rs.getString("area_code"), List.of((Integer[]) rs.getArray("scores").getArray()))).list();
        jdbc.sql("delete from feedback.survey_ballot where token = any(?)")
                .param(taken.stream().map(Ballot::token).toArray(java.util.UUID[]::new)).update();
        return taken;
    }

    /**
     * Writes a new version of every counter row that still shares a transaction with a participation
     * row (answers counted before the mixer, or a bulk load of both), so no xmin joins the two.
     */
    int unlinkCounters() {
        int rows = jdbc.sql("""
                update feedback.survey_tally t set n = n where exists
                  (select from feedback.survey_participation p where p.xmin = t.xmin)""").update();
        return rows + jdbc.sql("""
                update feedback.survey_respondents r set n = n where exists
                  (select from feedback.survey_participation p where p.xmin = r.xmin)""").update();
    }

    void tally(long surveyId, String areaCode, List<Integer> scores) {
        jdbc.sql("""
                        insert into feedback.survey_respondents (survey_id, area_code, n) values (?,?,1)
                        on conflict (survey_id, area_code) do update set n = survey_respondents.n + 1""")
                .params(surveyId, areaCode).update();
        for (int q = 0; q < scores.size(); q++) {
            jdbc.sql("""
                            insert into feedback.survey_tally (survey_id, area_code, question_no, score, n) values (?,?,?,?,1)
                            on conflict (survey_id, area_code, question_no, score) do update set n = survey_tally.n + 1""")
                    .params(surveyId, areaCode, q + 1, scores.get(q)).update();
        }
    }

    /** Respondents per county whose code is in {@code areas}. */
    Map<String, Long> respondents(long surveyId, List<String> areas) {
        Map<String, Long> n = new HashMap<>();
        jdbc.sql("select area_code, n from feedback.survey_respondents where survey_id = ? and area_code = any(?)")
                .params(surveyId, areas.toArray(String[]::new)).query(rs -> {
                    n.put(rs.getString(1), rs.getLong(2));
                });
        return n;
    }

    /** Counts per question and score (index 0 = score 1) summed over the given counties. */
    long[][] tallies(long surveyId, List<String> areas, int questions) {
        long[][] counts = new long[questions][5];
        jdbc.sql("""
                        select question_no, score, sum(n) n from feedback.survey_tally
                        where survey_id = ? and area_code = any(?) group by question_no, score""")
                .params(surveyId, areas.toArray(String[]::new)).query(rs -> {
                    int q = rs.getInt(1);
                    if (q <= questions) {
                        counts[q - 1][rs.getInt(2) - 1] = rs.getLong(3);
                    }
                });
        return counts;
    }
}
