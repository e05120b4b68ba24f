package org.jianfu.feedback.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoData;
import org.jianfu.demo.DemoStage;
import org.jianfu.feedback.FeedbackCategory;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * 2019 reports across the province, at every stage of handling. One has a published code and secret
 * (README) so the follow-up can be tried; the others share a hash of a secret nobody knows.
 */
@Component
class FeedbackDemoData implements DemoData {

    static final String DEMO_CODE = "FK-20190-00001";
    static final String DEMO_SECRET = "2019-2019-2019-2019";
    private static final List<String> DEMO_COUNTIES = List.of("620102", "620123", "620103", "620402", "620502");

    private final Organization organization;
    private final ReportRepository reports;

    FeedbackDemoData(Organization organization, ReportRepository reports) {
        this.organization = organization;
        this.reports = reports;
    }

    @Override
    public String name() {
        return "feedback.reports";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.WORK;
    }

    @Override
    public long load(DemoContext context) {
        Random random = context.random();
        BCryptPasswordEncoder hasher = new BCryptPasswordEncoder(10);
        String unknownSecretHash = hasher.encode(UUID.randomUUID().toString());
        List<String> counties = organization.unitsBelow(organization.root().code(), DivisionLevel.COUNTY).stream()
                .map(Unit::divisionCode).distinct().toList();
        int count = Math.max(DEMO_COUNTIES.size() * 2, (int) Math.round(400 * context.scale()));
        for (int i = 0; i < count; i++) {
            String county = i < DEMO_COUNTIES.size() * 2 ? DEMO_COUNTIES.get(i % DEMO_COUNTIES.size())
                    : counties.get(random.nextInt(counties.size()));
            List<Unit> departments = organization.unitsOf(county).stream()
                    .filter(u -> u.kind() == UnitKind.DEPARTMENT || u.kind() == UnitKind.GOVERNMENT_OFFICE).toList();
            Unit causing = departments.get(random.nextInt(departments.size()));
            FeedbackCategory category = FeedbackCategory.values()[random.nextInt(FeedbackCategory.values().length)];
            LocalDate week = LocalDate.of(2019, 1, 7).plusWeeks(random.nextInt(50)).with(DayOfWeek.MONDAY);
            UUID id = UUID.randomUUID();
            boolean published = i == 0;
            reports.insert(id, published ? DEMO_CODE : "FK-" + code(random), published
                            ? hasher.encode(OneTimeSecret.normalise(DEMO_SECRET)) : unknownSecretHash,
                    category, causing, county, county, week, DemoTexts.body(category, causing, random));
            handle(id, causing, county, week, random);
        }
        context.advance(1);
        return count;
    }

    /** About a third stay new, the rest are asked, answered, or closed. */
    private void handle(UUID id, Unit causing, String county, LocalDate week, Random random) {
        int stage = random.nextInt(6);
        if (stage < 2) {
            return;
        }
        long office = organization.unitsOf(county).stream().filter(u -> u.kind() == UnitKind.BURDEN_OFFICE)
                .findFirst().map(Unit::id).orElse(causing.id());
        reports.addEntry(id, "ASKED", office, "请说明情况，并提出整改措施。", week.plusWeeks(1));
        reports.move(id, ReportStatus.ASKED, null, null);
        if (stage < 3) {
            return;
        }
        reports.addEntry(id, "RESPONDED", causing.id(), DemoTexts.answer(random), week.plusWeeks(2));
        reports.move(id, ReportStatus.RESPONDED, null, null);
        if (stage < 4) {
            return;
        }
        String result = DemoTexts.result(random);
        reports.addEntry(id, "CLOSED", office, result, week.plusWeeks(3));
        reports.move(id, ReportStatus.CLOSED, result, week.plusWeeks(3));
    }

    private static String code(Random random) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            s.append(i == 5 ? "-" : "").append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
