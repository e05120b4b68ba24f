package org.jianfu.feedback.internal.survey;

import java.time.LocalDate;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoPeriod;
import org.jianfu.demo.DemoStage;
import org.jianfu.demo.LivingDemoData;
import org.springframework.stereotype.Component;

/**
 * The quarter's 获得感 survey, open to the village cadres: made when the quarter begins in the recent
 * weeks, and for the quarter of today when it began earlier (the first start in the middle of a quarter).
 */
@Component
class LivingSurveys implements LivingDemoData {

    private final SurveyRepository surveys;

    LivingSurveys(SurveyRepository surveys) {
        this.surveys = surveys;
    }

    @Override
    public String name() {
        return "feedback.surveys.living";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.WORK;
    }

    @Override
    public long load(DemoContext context, DemoPeriod period) {
        if (!period.recent()) {
            return 0;
        }
        long rows = 0;
        for (LocalDate day = period.from(); day.isBefore(period.to()); day = day.plusDays(1)) {
            boolean quarterBegins = day.getDayOfMonth() == 1 && (day.getMonthValue() - 1) % 3 == 0;
            if (quarterBegins || day.equals(period.today())) {
                rows += create(day);
            }
        }
        return rows;
    }

    private long create(LocalDate day) {
        int quarter = (day.getMonthValue() - 1) / 3 + 1;
        if (surveys.exists(day.getYear(), quarter)) {
            return 0;
        }
        LocalDate opens = LocalDate.of(day.getYear(), (quarter - 1) * 3 + 1, 1);
        surveys.create(day.getYear(), quarter, day.getYear() + " 年第 " + quarter + " 季度基层减负获得感问卷", opens,
                opens.plusMonths(3).minusDays(1), Survey.STANDARD_QUESTIONS);
        return 1;
    }
}
