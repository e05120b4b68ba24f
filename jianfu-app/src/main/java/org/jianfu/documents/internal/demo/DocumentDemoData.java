package org.jianfu.documents.internal.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoData;
import org.jianfu.demo.DemoStage;
import org.jianfu.documents.internal.Beijing;
import org.jianfu.documents.internal.DocumentKind;
import org.jianfu.documents.internal.HeaderStyle;
import org.jianfu.documents.internal.Urgency;
import org.jianfu.organization.Division;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 2018 and 2019 documents of every unit above the villages, top-down so lower levels can copy higher
 * ones (verbatim or with only the place names swapped). 2019 is about 30% below 2018 in most
 * prefectures; three prefectures miss the target. Volumes follow {@link DemoContext#scale()}.
 */
@Component
class DocumentDemoData implements DemoData {

    private final Organization organization;
    private final JdbcTemplate jdbc;

    DocumentDemoData(Organization organization, JdbcTemplate jdbc) {
        this.organization = organization;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "documents.issued";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.WORK;
    }

    @Override
    public long expectedSteps() {
        return 1 + 14 + 88 + 1403;
    }

    @Override
    public long load(DemoContext context) {
        Random random = context.random();
        DemoTexts texts = new DemoTexts();
        Map<Long, Long> clerks = accounts(jdbc, "CLERK", "CADRE");
        DemoWriter writer = new DemoWriter(jdbc, random, clerks, accounts(jdbc, "LEADER", "CADRE"));
        Map<String, Double> ratios = ratios(random);
        DemoIssuer issuer = new DemoIssuer(texts, random);
        List<Division> level = List.of(organization.root());
        Map<String, List<DemoDocument>> upperNotices = new HashMap<>();
        while (!level.isEmpty() && level.getFirst().level() != DivisionLevel.VILLAGE) {
            Map<String, List<DemoDocument>> notices = new HashMap<>();
            List<Division> next = new ArrayList<>();
            for (Division division : level) {
                Division parent = division.parentCode() == null ? null : organization.division(division.parentCode()).orElseThrow();
                List<Unit> parentUnits = parent == null ? List.of() : organization.unitsOf(parent.code());
                List<Unit> lower = lowerUnits(division);
                double ratio = ratios.getOrDefault(prefectureOf(division), 0.62);
                for (Unit unit : organization.unitsOf(division.code())) {
                    if (!clerks.containsKey(unit.id())) {
                        continue;
                    }
                    for (int year : new int[]{context.baseYear(), context.seedYear()}) {
                        int count = count(unit, year == context.seedYear(), ratio, context.scale(), random);
                        List<DemoDocument> docs = new ArrayList<>();
                        for (int i = 0; i < count; i++) {
                            DemoDocument d = issuer.document(unit, division, parent, parentUnits, lower, year,
                                    issuedAt(year, random), upperNotices.getOrDefault(division.parentCode(), List.of()));
                            if (d != null) {
                                docs.add(d);
                            }
                        }
                        docs.sort(Comparator.comparing(DemoDocument::issuedAt));
                        docs.stream().filter(DemoIssuer::copyable)
                                .forEach(d -> notices.computeIfAbsent(division.code(), k -> new ArrayList<>()).add(d));
                        writer.add(docs);
                    }
                }
                next.addAll(organization.children(division.code()));
                context.advance(1);
            }
            upperNotices = notices;
            level = next;
        }
        return writer.finish();
    }

    /** Yearly documents before scaling: leading organs and their offices issue most; 2019 follows the ratio. */
    static int count(Unit unit, boolean seedYear, double ratio, double scale, Random random) {
        double expected = baseVolume(unit) * scale * (seedYear ? ratio + (random.nextDouble() - 0.5) * 0.1 : 1);
        int n = (int) expected;
        return n + (random.nextDouble() < expected - n ? 1 : 0);
    }

    /** A unit's documents in the base year at full scale. */
    static double baseVolume(Unit unit) {
        return switch (unit.kind()) {
            case PARTY_COMMITTEE, PARTY_OFFICE, GOVERNMENT, GOVERNMENT_OFFICE -> switch (unit.divisionLevel()) {
                case PROVINCE -> 30;
                case PREFECTURE -> 20;
                case COUNTY -> 12;
                default -> 3;
            };
            case DEPARTMENT -> unit.divisionLevel() == DivisionLevel.PROVINCE ? 8 : unit.divisionLevel() == DivisionLevel.PREFECTURE ? 4 : 3;
            case COORDINATION_BODY -> 3;
            // the 减负办 has no clerk (its people monitor); villages issue no documents
            case BURDEN_OFFICE, VILLAGE_COMMITTEE -> 0;
        };
    }

    /** 2019 against 2018 per prefecture: most cut about a third, three miss the target. */
    private Map<String, Double> ratios(Random random) {
        List<Division> prefectures = organization.children(organization.root().code());
        Map<String, Double> ratios = new HashMap<>();
        for (Division p : prefectures) {
            ratios.put(p.code(), 0.56 + random.nextDouble() * 0.1);
        }
        for (int i = 0; i < 3; i++) {
            ratios.put(prefectures.get(random.nextInt(prefectures.size())).code(), 0.8 + random.nextDouble() * 0.1);
        }
        return ratios;
    }

    private List<Unit> lowerUnits(Division division) {
        DivisionLevel below = DivisionLevel.values()[division.level().ordinal() + 1];
        return organization.unitsBelow(division.code(), below);
    }

    private static String prefectureOf(Division d) {
        String[] path = d.path().split("\\.");
        return path.length > 1 ? path[1] : path[0];
    }

    private static java.time.Instant issuedAt(int year, Random random) {
        LocalDate day = LocalDate.of(year, 1, 2).plusDays(random.nextInt(360));
        return day.atTime(LocalTime.of(8 + random.nextInt(10), random.nextInt(60))).atZone(Beijing.ZONE).toInstant();
    }

    /** unit id → the account that acts for it in {@code role}, or the cadre of a village committee. */
    static Map<Long, Long> accounts(JdbcTemplate jdbc, String role, String fallback) {
        Map<Long, Long> own = new HashMap<>();
        Map<Long, Long> other = new HashMap<>();
        jdbc.query("select unit_id, role, id from identity.account where role in (?, ?) order by id", rs -> {
            (role.equals(rs.getString("role")) ? own : other).putIfAbsent(rs.getLong("unit_id"), rs.getLong("id"));
        }, role, fallback);
        other.forEach(own::putIfAbsent);
        return own;
    }

    static Urgency urgency(Random random) {
        double r = random.nextDouble();
        return r < 0.03 ? Urgency.VERY_URGENT : r < 0.1 ? Urgency.URGENT : Urgency.NORMAL;
    }

    static HeaderStyle headerStyle(Random random) {
        double r = random.nextDouble();
        return r < 0.8 ? HeaderStyle.RED : r < 0.93 ? HeaderStyle.PLAIN : HeaderStyle.MEMO;
    }

    static final DocumentKind[] DOWNWARD_KINDS = {DocumentKind.NOTICE, DocumentKind.NOTICE, DocumentKind.NOTICE,
        DocumentKind.NOTICE, DocumentKind.OPINION, DocumentKind.PLAN, DocumentKind.PLAN, DocumentKind.DECISION,
        DocumentKind.MINUTES};
}
