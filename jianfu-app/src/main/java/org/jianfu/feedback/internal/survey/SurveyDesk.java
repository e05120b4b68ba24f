package org.jianfu.feedback.internal.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jianfu.feedback.internal.Areas;
import org.jianfu.organization.Division;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly 获得感 survey: cadres answer once each; the answer only increments counters of their
 * county; results are shown for groups of at least {@code jianfu.survey.min-group} respondents.
 */
@Service
class SurveyDesk {


    private final SurveyRepository surveys;
    private final Organization organization;
    private final int minGroup;

    private final Clock clock;

    SurveyDesk(SurveyRepository surveys, Organization organization, @Value("${jianfu.survey.min-group:5}") int minGroup,
               Clock clock) {
        this.clock = clock;
        this.surveys = surveys;
        this.organization = organization;
        this.minGroup = minGroup;
    }

    List<Survey> all() {
        return surveys.all();
    }

    /** Open surveys the cadre has not answered, without their questions. */
    List<Survey> waitingFor(Actor actor) {
        return surveys.openNotTakenBy(actor.accountId(), today());
    }

    Survey survey(long id) {
        return surveys.byId(id).orElseThrow(() -> new NotFoundException("问卷不存在"));
    }

    boolean answered(Actor actor, long surveyId) {
        return surveys.participated(surveyId, actor.accountId());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    long createForQuarter(Actor actor, LocalDate day) {
        if (!actor.isAdmin() && !(actor.role() == Role.MONITOR && actor.divisionPath().indexOf('.') < 0)) {
            throw new RuleViolationException("只有省减负办或管理员可以发布问卷。");
        }
        int quarter = (day.getMonthValue() - 1) / 3 + 1;
        if (surveys.exists(day.getYear(), quarter)) {
            throw new RuleViolationException("本季度的问卷已经发布。");
        }
        LocalDate opens = LocalDate.of(day.getYear(), (quarter - 1) * 3 + 1, 1);
        return surveys.create(day.getYear(), quarter, day.getYear() + " 年第 " + quarter + " 季度基层减负获得感问卷",
                opens, opens.plusMonths(3).minusDays(1), Survey.STANDARD_QUESTIONS);
    }

    /**
     * Records participation and leaves the scores as a ballot for {@link SurveyMixer}, which adds them to
     * the county's counters later, in a shuffled batch of its own transaction.
     */
    @Transactional
    void answer(Actor actor, long surveyId, List<Integer> scores) {
        if (actor.role() != Role.CADRE) {
            throw new RuleViolationException("问卷面向基层干部。");
        }
        Survey survey = survey(surveyId);
        if (!survey.isOpen(today())) {
            throw new RuleViolationException("问卷不在填写期内。");
        }
        if (scores == null || scores.size() != survey.questions().size() || scores.stream().anyMatch(s -> s == null || s < 1 || s > 5)) {
            throw new RuleViolationException("请回答全部 " + survey.questions().size() + " 个问题（1 至 5 分）。");
        }
        if (!surveys.participate(surveyId, actor.accountId())) {
            throw new RuleViolationException("您已参加过本次问卷，每人只能填写一次。");
        }
        surveys.ballot(surveyId, Areas.countyOrAbove(actor.divisionPath()), scores);
    }

    @Transactional(readOnly = true)
    SurveyResult results(Actor actor, long surveyId, String code) {
        Survey survey = survey(surveyId);
        Division area = organization.division(code).filter(d -> actor.monitors(d.path()))
                .orElseThrow(() -> new NotFoundException("行政区划不存在或不在本账号范围内: " + code));
        List<String> counties = countiesIn(area);
        Map<String, Long> respondents = surveys.respondents(surveyId, counties);
        long total = respondents.values().stream().mapToLong(Long::longValue).sum();
        List<SurveyResult.Row> rows = new ArrayList<>();
        if (total < minGroup) {
            return new SurveyResult(surveyId, survey.title(), code, area.name(), minGroup, 0, false, survey.questions(), rows,
                    "参与人数不足 " + minGroup + " 人，不显示结果，以免识别个人。");
        }
        rows.add(row(survey, area.name(), counties, total));
        List<SmallGroups.Group> groups = new ArrayList<>();
        Map<String, List<String>> countiesOf = new java.util.HashMap<>();
        for (Division child : area.level() == DivisionLevel.COUNTY ? List.<Division>of() : organization.children(code)) {
            List<String> own = countiesIn(child);
            countiesOf.put(child.code(), own);
            groups.add(new SmallGroups.Group(child.code(), child.name(),
                    own.stream().mapToLong(c -> respondents.getOrDefault(c, 0L)).sum()));
        }
        SmallGroups.Split split = SmallGroups.split(groups, minGroup);
        for (SmallGroups.Group g : split.shown()) {
            rows.add(row(survey, g.name(), countiesOf.get(g.code()), g.respondents()));
        }
        if (split.mergedShown()) {
            rows.add(row(survey, "其余地区（合并，" + split.merged().size() + " 个）",
                    split.merged().stream().flatMap(g -> countiesOf.get(g.code()).stream()).toList(), SmallGroups.total(split.merged())));
        }
        return new SurveyResult(surveyId, survey.title(), code, area.name(), minGroup, total, true, survey.questions(), rows,
                split.merged().isEmpty() ? null : "不足 " + minGroup + " 人的地区合并显示，以免识别个人。");
    }

    private SurveyResult.Row row(Survey survey, String name, List<String> counties, long respondents) {
        long[][] counts = surveys.tallies(survey.id(), counties, survey.questions().size());
        List<Double> means = new ArrayList<>();
        List<List<Double>> shares = new ArrayList<>();
        for (long[] q : counts) {
            long n = java.util.Arrays.stream(q).sum();
            double sum = 0;
            List<Double> share = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                sum += (s + 1) * q[s];
                share.add(n == 0 ? 0 : Math.round(q[s] * 1000.0 / n) / 10.0);
            }
            means.add(n == 0 ? 0 : Math.round(sum * 100 / n) / 100.0);
            shares.add(share);
        }
        return new SurveyResult.Row(name, respondents, means, shares);
    }

    /** The county codes in an area: answers are counted per county, never finer. */
    private List<String> countiesIn(Division area) {
        return switch (area.level()) {
            case PROVINCE -> organization.children(area.code()).stream()
                    .flatMap(p -> organization.children(p.code()).stream()).map(Division::code).toList();
            case PREFECTURE -> organization.children(area.code()).stream().map(Division::code).toList();
            case COUNTY -> List.of(area.code());
            default -> List.of();
        };
    }
}
