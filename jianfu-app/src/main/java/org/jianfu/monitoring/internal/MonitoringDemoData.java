package org.jianfu.monitoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoData;
import org.jianfu.demo.DemoStage;
import org.jianfu.monitoring.internal.sources.DemoBackfill;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs after every module's demo data. It backfills the other modules' demo records through their
 * facades ({@link DemoBackfill}); live records arrive through the listeners. For the kinds no module
 * has delivered, it adds demo estimates (source 'demo') for 2018 and 2019 so the
 * dashboards have a base year to compare with. Once all sources land, it adds nothing.
 */
@Component
class MonitoringDemoData implements DemoData {

    private final JdbcClient jdbc;
    private final GrassrootsAreas areas;
    private final Organization organization;
    private final DemoBackfill backfill;

    MonitoringDemoData(JdbcClient jdbc, GrassrootsAreas areas, Organization organization, DemoBackfill backfill) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.organization = organization;
        this.backfill = backfill;
    }

    @Override
    public String name() {
        return "monitoring.burden";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.MONITORING;
    }

    @Override
    public long load(DemoContext context) {
        long rows = areas.copyAreas();
        rows += backfill.backfill(organization.root().code());
        List<String> delivered = jdbc.sql("select distinct kind from monitoring.burden_fact where source <> 'demo'")
                .query(String.class).list();
        List<String> missing = Arrays.stream(BurdenKind.values()).map(Enum::name).filter(k -> !delivered.contains(k)).toList();
        double seed = (context.random().nextDouble() * 2) - 1;
        if (!missing.isEmpty()) {
            // the set-based rollup aggregates five rows per fact: keep its hash table in memory
            jdbc.sql("set local work_mem = '256MB'").update();
            rows += SyntheticFacts.demo(jdbc, "monitoring", missing, context.scale(), seed);
            rows += SyntheticFacts.rollUp(jdbc, "monitoring", "demo");
        }
        if (jdbc.sql("select count(*) from monitoring.issued_month").query(Long.class).single() == 0) {
            List<Long> ids = new ArrayList<>();
            List<String> paths = new ArrayList<>();
            for (DivisionLevel level : List.of(DivisionLevel.PROVINCE, DivisionLevel.PREFECTURE, DivisionLevel.COUNTY)) {
                for (Unit u : organization.unitsBelow(organization.root().code(), level)) {
                    if (u.kind() != UnitKind.BURDEN_OFFICE) {
                        ids.add(u.id());
                        paths.add(u.divisionPath());
                    }
                }
            }
            rows += SyntheticFacts.issued(jdbc, "monitoring", ids.toArray(Long[]::new), paths.toArray(String[]::new), seed / 2);
        }
        context.advance(1);
        return rows;
    }
}
