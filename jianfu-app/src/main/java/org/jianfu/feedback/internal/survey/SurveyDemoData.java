package org.jianfu.feedback.internal.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoData;
import org.jianfu.demo.DemoStage;
import org.jianfu.feedback.internal.Areas;
import org.jianfu.identity.Account;
import org.jianfu.identity.Accounts;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Role;
import org.springframework.stereotype.Component;

/**
 * The four 2019 surveys answered by village cadres of some counties (a few counties with fewer than
 * five answers, to show the minimum group), improving quarter by quarter. The open survey of today's
 * quarter is {@link LivingSurveys}'.
 */
@Component
class SurveyDemoData implements DemoData {

    private static final List<String> COUNTIES = List.of("620102", "620103", "620104", "620105", "620111", "620121",
            "620122", "620123", "620402", "620403", "620502", "620503", "620702");

    private final SurveyRepository surveys;
    private final Organization organization;
    private final Accounts accounts;

    SurveyDemoData(SurveyRepository surveys, Organization organization, Accounts accounts) {
        this.surveys = surveys;
        this.organization = organization;
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "feedback.surveys";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.WORK;
    }

    @Override
    public long load(DemoContext context) {
        Random random = context.random();
        long rows = 0;
        List<List<Account>> cadresByCounty = new ArrayList<>();
        for (String county : COUNTIES) {
            List<Account> cadres = new ArrayList<>();
            for (Unit village : organization.unitsBelow(county, DivisionLevel.VILLAGE)) {
                cadres.addAll(accounts.ofUnit(village.id(), Role.CADRE));
                if (cadres.size() >= 12) {
                    break;
                }
            }
            Collections.shuffle(cadres, random);
            cadresByCounty.add(cadres);
        }
        for (int quarter = 1; quarter <= 4; quarter++) {
            LocalDate opens = LocalDate.of(context.seedYear(), (quarter - 1) * 3 + 1, 1);
            long id = surveys.create(context.seedYear(), quarter,
                    context.seedYear() + " 年第 " + quarter + " 季度基层减负获得感问卷", opens, opens.plusMonths(3).minusDays(1),
                    Survey.STANDARD_QUESTIONS);
            for (int c = 0; c < cadresByCounty.size(); c++) {
                List<Account> cadres = cadresByCounty.get(c);
                // every third county answers thinly: its results only appear merged
                int answering = Math.min(cadres.size(), c % 3 == 2 ? 2 + random.nextInt(2) : 5 + random.nextInt(6));
                for (Account cadre : cadres.subList(0, answering)) {
                    surveys.participate(id, cadre.id());
                    String area = Areas.countyOrAbove(organization.unit(cadre.unitId()).orElseThrow().divisionPath());
                    List<Integer> scores = new ArrayList<>();
                    for (int q = 0; q < Survey.STANDARD_QUESTIONS.size(); q++) {
                        scores.add(Math.max(1, Math.min(5, 2 + (quarter + random.nextInt(4)) / 2)));
                    }
                    surveys.tally(id, area, scores);
                    rows++;
                }
            }
        }
        context.advance(1);
        return rows;
    }
}
