package org.jianfu.inspections.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoData;
import org.jianfu.demo.DemoStage;
import org.jianfu.organization.Division;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Inspection plans of county departments for 2018 and 2019 (about a third fewer items in 2019),
 * approved, with their inspections of township governments. The years after, the weeks ahead (with
 * visits to the same townships a few days apart: joint-inspection proposals) and a plan waiting for
 * the 减负办 are {@link LivingInspections}'.
 */
@Component
class InspectionsDemoData implements DemoData {

    private static final List<String> ALWAYS = List.of("620102", "620103");
    static final List<String> DEPARTMENTS = List.of("edu", "health", "eco", "emergency", "agri", "market", "housing", "civil");
    private static final List<String> TOPICS = List.of("安全生产大检查", "环境保护督察", "食品安全检查", "校园安全检查",
            "脱贫攻坚成效考核", "民生实事落实督查", "防汛准备检查", "农村危房改造验收");

    private final Organization organization;
    private final JdbcClient jdbc;
    private long rows;

    /** Rows written so far by this loader's helpers (the living loader uses them too). */
    long written() {
        return rows;
    }

    InspectionsDemoData(Organization organization, JdbcClient jdbc) {
        this.organization = organization;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "inspections.plans";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.WORK;
    }

    @Override
    public long load(DemoContext context) {
        Random random = context.random();
        rows = 0;
        for (Division county : counties(context)) {
            List<Unit> townships = organization.children(county.code()).stream()
                    .flatMap(t -> organization.unitsOf(t.code()).stream()).filter(u -> u.kind() == UnitKind.GOVERNMENT).toList();
            if (townships.isEmpty()) {
                continue;
            }
            for (Unit dept : organization.unitsOf(county.code()).stream().filter(u -> DEPARTMENTS.contains(u.unitKey())).toList()) {
                int items2018 = 4 + random.nextInt(3);
                plan(dept, context.baseYear(), items2018, "APPROVED", townships, random, null, true);
                plan(dept, context.seedYear(), Math.max(1, items2018 * 65 / 100), "APPROVED", townships, random, null, false);
            }
            context.advance(1);
        }
        return rows;
    }

    /**
     * A plan with its items and one visit each: done, or still scheduled when it falls on or after
     * {@code today}. Plans of the base year ({@code trails}) often demand 留痕 material.
     */
    long plan(Unit dept, int year, int items, String state, List<Unit> townships, Random random, LocalDate today,
              boolean trails) {
        long planId = insertPlan(dept, year, state);
        for (int n = 0; n < items; n++) {
            int month = 2 + random.nextInt(9);
            List<Unit> targets = pick(townships, 2 + random.nextInt(3), random);
            boolean trail = trails && random.nextDouble() < 0.3;
            long itemId = item(planId, TOPICS.get(random.nextInt(TOPICS.size())) + (n + 1), targets,
                    LocalDate.of(year, month, 1), LocalDate.of(year, month, 1).plusMonths(1).minusDays(1),
                    "实地查看、随机走访", trail ? "会议记录、工作照片、学习笔记" : "", n == 0 && trails);
            LocalDate day = LocalDate.of(year, month, 5 + random.nextInt(20));
            inspection(itemId, dept, day, random.nextDouble() < 0.8, targets,
                    today == null || day.isBefore(today) ? "DONE" : "SCHEDULED");
        }
        return planId;
    }

    long insertPlan(Unit dept, int year, String state) {
        rows++;
        return jdbc.sql("""
                        insert into inspections.plan (department_unit_id, year, state, reviewer_division, decided_by, decided_at)
                        values (?,?,?,?,?,?) returning id""")
                .params(dept.id(), year, state, dept.divisionCode(), "APPROVED".equals(state) ? "jfb." + dept.divisionCode() : null,
                        "APPROVED".equals(state) ? java.sql.Timestamp.valueOf(year - 1 + "-12-20 10:00:00") : null)
                .query(Long.class).single();
    }

    long item(long planId, String title, List<Unit> targets, LocalDate from, LocalDate to, String method,
                      String materials, boolean comprehensive) {
        rows++;
        List<String> flags = new PlanChecks(InspectionLimits.defaults()).paperTrail(method, materials);
        return jdbc.sql("""
                        insert into inspections.plan_item (plan_id, title, purpose, comprehensive, target_unit_ids, window_from,
                            window_to, method, materials, on_site, paper_trail) values (?,?,?,?,?,?,?,?,?,true,?) returning id""")
                .params(planId, title, "了解工作落实情况", comprehensive, targets.stream().map(Unit::id).toArray(Long[]::new),
                        Date.valueOf(from), Date.valueOf(to), method, materials, flags.toArray(String[]::new))
                .query(Long.class).single();
    }

    void inspection(long itemId, Unit dept, LocalDate day, boolean onSite, List<Unit> targets, String state) {
        long id = jdbc.sql("""
                        insert into inspections.inspection (item_id, department_unit_id, scheduled_on, on_site, state, findings, rectification)
                        values (?,?,?,?,?,?,?) returning id""")
                .params(itemId, dept.id(), Date.valueOf(day), onSite, state,
                        "DONE".equals(state) ? "个别台账更新不及时。" : null, "DONE".equals(state) ? "一个月内完成整改。" : null)
                .query(Long.class).single();
        for (Unit t : targets) {
            jdbc.sql("insert into inspections.inspection_target (inspection_id, unit_id) values (?,?)").params(id, t.id()).update();
        }
        rows += 1 + targets.size();
    }

    private List<Division> counties(DemoContext context) {
        List<Division> all = organization.children(organization.root().code()).stream()
                .flatMap(prefecture -> organization.children(prefecture.code()).stream()).toList();
        return context.sample(all, county -> ALWAYS.contains(county.code()));
    }

    static List<Unit> pick(List<Unit> units, int n, Random random) {
        List<Unit> copy = new ArrayList<>(units);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }
}
