package org.jianfu.monitoring.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoPeriod;
import org.jianfu.demo.DemoStage;
import org.jianfu.demo.LivingDemoData;
import org.jianfu.monitoring.internal.sources.DemoBackfill;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboards' facts for every month from 2020 that has ended in the period: the other modules'
 * living records through their facades ({@link DemoBackfill}), and demo estimates for the kinds no
 * module delivers, each year a little lower than the last, so the dashboard of any year has figures
 * (lighter than the seed: a tenth of its villages, and issued counts of the province, the prefectures
 * and the tour counties only).
 */
@Component
class LivingMonitoring implements LivingDemoData {

    private final JdbcClient jdbc;
    private final Organization organization;
    private final DemoBackfill backfill;

    LivingMonitoring(JdbcClient jdbc, Organization organization, DemoBackfill backfill) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.backfill = backfill;
    }

    @Override
    public String name() {
        return "monitoring.living";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.MONITORING;
    }

    @Override
    public long load(DemoContext context, DemoPeriod period) {
        // the months whose last day lies in the period: they are complete
        YearMonth first = YearMonth.from(period.from().minusDays(1)).plusMonths(1);
        YearMonth last = YearMonth.from(period.to()).minusMonths(1);
        if (first.isAfter(last)) {
            return 0;
        }
        long rows = backfill.backfill(organization.root().code(), first, last);
        List<String> delivered = jdbc.sql("select distinct kind from monitoring.burden_fact where source not like 'demo%'")
                .query(String.class).list();
        List<String> missing = Arrays.stream(BurdenKind.values()).map(Enum::name).filter(k -> !delivered.contains(k)).toList();
        double seed = (context.random().nextDouble() * 2) - 1;
        LocalDate from = first.atDay(1);
        LocalDate to = last.atDay(1);
        if (!missing.isEmpty()) {
            jdbc.sql("set local work_mem = '256MB'").update();
            String source = "demo-" + from;
            // lighter than the seed: a tenth of the sampled villages
            rows += SyntheticFacts.demo(jdbc, "monitoring", source, from, to, missing, context.scale() * 0.1, seed);
            rows += SyntheticFacts.rollUp(jdbc, "monitoring", source);
        }
        List<Long> ids = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (DivisionLevel level : List.of(DivisionLevel.PROVINCE, DivisionLevel.PREFECTURE, DivisionLevel.COUNTY)) {
            for (Unit u : organization.unitsBelow(organization.root().code(), level)) {
                boolean shown = level != DivisionLevel.COUNTY
                        || DemoContext.TOUR_COUNTIES.stream().anyMatch(c -> u.divisionPath().endsWith("." + c));
                if (u.kind() != UnitKind.BURDEN_OFFICE && shown) {
                    ids.add(u.id());
                    paths.add(u.divisionPath());
                }
            }
        }
        rows += SyntheticFacts.issued(jdbc, "monitoring", from, to, ids.toArray(Long[]::new), paths.toArray(String[]::new),
                seed / 2);
        return rows;
    }
}
