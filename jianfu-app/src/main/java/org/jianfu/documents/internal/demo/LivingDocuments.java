package org.jianfu.documents.internal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoPeriod;
import org.jianfu.demo.DemoStage;
import org.jianfu.demo.LivingDemoData;
import org.jianfu.documents.internal.Beijing;
import org.jianfu.organization.Division;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Documents of 2020 up to yesterday: the units of the tour counties at the base year's volume (every
 * scale), the rest of the province lighter and scaled; each year a little below the last, the current
 * one well below, so 只减不增 always has last year's count to hold to and leaves room under it.
 * Addressees sign over up to ten days, so the last days' documents still wait for 签收 (the township
 * governments of the tour counties get one in each of the last two weeks from their county's government office).
 */
@Component
class LivingDocuments implements LivingDemoData {

    private final Organization organization;
    private final JdbcTemplate jdbc;

    LivingDocuments(Organization organization, JdbcTemplate jdbc) {
        this.organization = organization;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "documents.living";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.WORK;
    }

    @Override
    public long load(DemoContext context, DemoPeriod period) {
        Random random = context.random();
        DemoTexts texts = new DemoTexts();
        Map<Long, Long> clerks = DocumentDemoData.accounts(jdbc, "CLERK", "CADRE");
        DemoWriter writer = new DemoWriter(jdbc, random, clerks, DocumentDemoData.accounts(jdbc, "LEADER", "CADRE"))
                .waitingAfter(period.today().atStartOfDay(Beijing.ZONE).toInstant());
        DemoIssuer issuer = new DemoIssuer(texts, random);
        List<LocalDate> days = period.workdays().stream().filter(d -> d.isBefore(period.today())).toList();
        if (days.isEmpty()) {
            return 0;
        }
        List<Division> level = List.of(organization.root());
        while (!level.isEmpty() && level.getFirst().level() != DivisionLevel.VILLAGE) {
            List<Division> next = new ArrayList<>();
            for (Division division : level) {
                boolean tour = inTour(division);
                Division parent = division.parentCode() == null ? null : organization.division(division.parentCode()).orElseThrow();
                List<Unit> parentUnits = null;
                List<Unit> lower = null;
                for (Unit unit : organization.unitsOf(division.code())) {
                    if (!clerks.containsKey(unit.id())) {
                        continue;
                    }
                    int count = count(unit, tour, period, context.scale(), random);
                    if (tour && period.to().isAfter(period.today().minusDays(14)) && division.level() == DivisionLevel.COUNTY
                            && unit.unitKey().equals("gov-office")) {
                        // the tour's townships find something to sign for in each of the last two weeks
                        count = Math.max(count, 1);
                    }
                    if (count == 0) {
                        continue;
                    }
                    if (lower == null) {
                        parentUnits = parent == null ? List.of() : organization.unitsOf(parent.code());
                        lower = organization.unitsBelow(division.code(),
                                DivisionLevel.values()[division.level().ordinal() + 1]);
                    }
                    List<DemoDocument> docs = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        LocalDate day = days.get(random.nextInt(days.size()));
                        Instant at = day.atTime(LocalTime.of(8 + random.nextInt(10), random.nextInt(60)))
                                .atZone(Beijing.ZONE).toInstant();
                        DemoDocument d = issuer.document(unit, division, parent, parentUnits, lower, day.getYear(), at, List.of());
                        if (d != null) {
                            docs.add(d);
                        }
                    }
                    docs.sort(Comparator.comparing(DemoDocument::issuedAt));
                    writer.add(docs);
                }
                next.addAll(organization.children(division.code()));
            }
            level = next;
        }
        return writer.finish();
    }

    private static boolean inTour(Division d) {
        return DemoContext.TOUR_COUNTIES.stream().anyMatch(c -> ("." + d.path() + ".").contains("." + c + "."));
    }

    /**
     * Documents of the unit in the period: the base year's yearly volume in the tour counties and a fifth
     * of it elsewhere (scaled), 5 % less each year; the current year well below the last (35 % of a year's
     * volume, pro rata, plus one a week in the last two weeks for the tour's townships), so 只减不增 leaves room to issue.
     */
    static int count(Unit unit, boolean tour, DemoPeriod period, double scale, Random random) {
        double yearly = DocumentDemoData.baseVolume(unit) * (tour ? 1.0 : 0.2 * scale);
        int yearsAfter = period.from().getYear() - 2020;
        yearly *= Math.pow(0.95, yearsAfter);
        if (period.from().getYear() == period.today().getYear()) {
            yearly *= 0.35;
        }
        double expected = yearly * period.shareOfYear();
        int n = (int) expected;
        return n + (random.nextDouble() < expected - n ? 1 : 0);
    }
}
