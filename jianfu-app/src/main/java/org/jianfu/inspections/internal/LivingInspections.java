package org.jianfu.inspections.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoPeriod;
import org.jianfu.demo.DemoStage;
import org.jianfu.demo.LivingDemoData;
import org.jianfu.organization.Division;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Inspections from 2020 to the end of next week: each year's approved plans of the tour counties'
 * departments (fewer items than 2019); in the recent weeks and ahead, two departments of each tour
 * county visit the same township a few days apart (a joint-inspection proposal), the tour township
 * 夏官营镇 among them; and 城关区's 生态环境局 has next year's plan waiting for the 减负办.
 */
@Component
class LivingInspections implements LivingDemoData {

    /** The tour's township in 榆中县, whose cadre's week shows an inspection. */
    private static final String TOUR_TOWNSHIP = "620123101";

    private final InspectionsDemoData seed;
    private final Organization organization;
    private final JdbcClient jdbc;

    LivingInspections(InspectionsDemoData seed, Organization organization, JdbcClient jdbc) {
        this.seed = seed;
        this.organization = organization;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "inspections.living";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.WORK;
    }

    @Override
    public boolean plansAhead() {
        return true;
    }

    @Override
    public long load(DemoContext context, DemoPeriod period) {
        Random random = context.random();
        long before = seed.written();
        for (String code : DemoContext.TOUR_COUNTIES) {
            Division county = organization.division(code).orElse(null);
            if (county == null) {
                continue;
            }
            List<Unit> townships = townshipGovs(county);
            if (townships.isEmpty()) {
                continue;
            }
            for (int year = period.from().getYear(); year <= period.to().minusDays(1).getYear(); year++) {
                if (period.contains(LocalDate.of(year, 1, 1))) {
                    for (Unit dept : departments(county)) {
                        seed.plan(dept, year, 2 + random.nextInt(2), "APPROVED", townships, random, period.today(), false);
                    }
                }
            }
            if (period.recent()) {
                overlaps(county, townships, period, random);
            }
        }
        if (period.contains(period.today())) {
            waitingPlan(period.today().getYear() + 1);
        }
        return seed.written() - before;
    }

    /** Each week two departments visit one township a few days apart; 夏官营镇 first in 榆中县. */
    private void overlaps(Division county, List<Unit> townships, DemoPeriod period, Random random) {
        List<Unit> depts = organization.unitsOf(county.code()).stream()
                .filter(u -> List.of("emergency", "market").contains(u.unitKey())).toList();
        for (LocalDate monday = DemoPeriod.monday(period.from()); monday.isBefore(period.to()); monday = monday.plusWeeks(1)) {
            Unit town = townships.stream().filter(t -> t.divisionCode().equals(TOUR_TOWNSHIP)).findFirst()
                    .orElse(townships.get(random.nextInt(townships.size())));
            LocalDate day = monday.plusDays(random.nextInt(2));
            for (Unit dept : depts) {
                if (period.contains(day)) {
                    long planId = planOf(dept, day.getYear());
                    long itemId = seed.item(planId, dept.unitKey().equals("emergency") ? "安全生产检查" : "食品安全检查",
                            List.of(town), day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()), "实地查看", "", false);
                    seed.inspection(itemId, dept, day, true, List.of(town), day.isBefore(period.today()) ? "DONE" : "SCHEDULED");
                }
                day = day.plusDays(2);
            }
        }
    }

    /** The department's plan of the year, approved (made when the year's plans were not loaded for it). */
    private long planOf(Unit dept, int year) {
        return jdbc.sql("select id from inspections.plan where department_unit_id = ? and year = ?").params(dept.id(), year)
                .query(Long.class).optional().orElseGet(() -> seed.insertPlan(dept, year, "APPROVED"));
    }

    /** 城关区 生态环境局's plan for next year, submitted and waiting for the 减负办 (once). */
    private void waitingPlan(int year) {
        organization.unitsOf("620102").stream().filter(u -> u.unitKey().equals("eco")).findFirst().ifPresent(eco -> {
            boolean exists = jdbc.sql("select count(*) from inspections.plan where department_unit_id = ? and year = ?")
                    .params(eco.id(), year).query(Long.class).single() > 0;
            if (exists) {
                return;
            }
            List<Unit> towns = organization.children("620102").stream().limit(3)
                    .flatMap(t -> organization.unitsOf(t.code()).stream()).filter(u -> u.kind() == UnitKind.GOVERNMENT).toList();
            long planId = seed.insertPlan(eco, year, "SUBMITTED");
            seed.item(planId, "大气污染防治督查", towns, LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31), "实地查看扬尘点位",
                    "", false);
        });
    }

    private List<Unit> departments(Division county) {
        return organization.unitsOf(county.code()).stream()
                .filter(u -> InspectionsDemoData.DEPARTMENTS.contains(u.unitKey())).toList();
    }

    private List<Unit> townshipGovs(Division county) {
        List<Unit> govs = new ArrayList<>();
        for (Division t : organization.children(county.code())) {
            organization.unitsOf(t.code()).stream().filter(u -> u.kind() == UnitKind.GOVERNMENT).forEach(govs::add);
        }
        return govs;
    }
}
