package org.jianfu.feedback.internal.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds waiting 获得感 answers to the county counters in shuffled batches, so that whoever later reads
 * the database (or a backup) cannot tie a cadre's participation to their scores: the counters are
 * written in the mixer's transaction, never in the cadre's, and only once {@code jianfu.survey.mix-batch}
 * answers of a survey wait (or the survey has closed: the small-group rule then still hides a county
 * with fewer than five). Each run also re-stamps counter rows that share a transaction with a
 * participation row (older answers, bulk loads). docs/feedback-anonymity.md has the threat model.
 */
@Component
public class SurveyMixer {

    private final SurveyRepository surveys;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batch;

    SurveyMixer(SurveyRepository surveys, TransactionTemplate transactions, Clock clock,
                @Value("${jianfu.survey.mix-batch:10}") int batch) {
        this.surveys = surveys;
        this.transactions = transactions;
        this.clock = clock;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${jianfu.survey.mix-seconds:60}", timeUnit = java.util.concurrent.TimeUnit.SECONDS)
    void run() {
        flush(batch);
    }

    /** Counts the waiting answers of every survey with at least {@code minimum} waiting, or closed; returns how many. */
    public int flush(int minimum) {
        LocalDate today = LocalDate.now(clock);
        int counted = 0;
        for (Map.Entry<Long, Long> waiting : surveys.waitingBallots().entrySet()) {
            boolean closed = surveys.byId(waiting.getKey()).map(s -> s.closes().isBefore(today)).orElse(true);
            if (waiting.getValue() >= minimum || closed) {
                counted += count(waiting.getKey());
            }
        }
        transactions.executeWithoutResult(status -> surveys.unlinkCounters());
        return counted;
    }

    private int count(long surveyId) {
        Integer n = transactions.execute(status -> {
            List<SurveyRepository.Ballot> ballots = new ArrayList<>(surveys.takeBallots(surveyId));
            Collections.shuffle(ballots);
            ballots.forEach(b -> surveys.tally(b.surveyId(), b.areaCode(), b.scores()));
            return ballots.size();
        });
        return n == null ? 0 : n;
    }
}
