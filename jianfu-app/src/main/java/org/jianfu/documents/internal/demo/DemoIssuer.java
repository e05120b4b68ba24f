package org.jianfu.documents.internal.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jianfu.documents.internal.Direction;
import org.jianfu.documents.internal.DocumentKind;
import org.jianfu.organization.Division;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;

/**
 * Makes one demo document of a unit: whom it goes to (following the 行文 rules: departments write
 * 函 to lower 党委/政府), which kind, and its text — sometimes a copy of a higher-level notice.
 */
final class DemoIssuer {

    private static final Set<UnitKind> LEADING = Set.of(UnitKind.PARTY_COMMITTEE, UnitKind.PARTY_OFFICE,
            UnitKind.GOVERNMENT, UnitKind.GOVERNMENT_OFFICE);

    private final DemoTexts texts;
    private final Random random;

    DemoIssuer(DemoTexts texts, Random random) {
        this.texts = texts;
        this.random = random;
    }

    /** Notices of leading organs and offices are what lower levels copy. */
    static boolean copyable(DemoDocument d) {
        return d.kind() == DocumentKind.NOTICE && LEADING.contains(d.issuer().kind()) && d.direction() == Direction.DOWNWARD;
    }

    DemoDocument document(Unit unit, Division division, Division parent, List<Unit> parentUnits, List<Unit> lower,
                          int year, Instant at, List<DemoDocument> upperNotices) {
        if (parent != null && random.nextDouble() < 0.1) {
            return upward(unit, division, parentUnits, year, at);
        }
        boolean party = unit.kind() == UnitKind.PARTY_COMMITTEE || unit.kind() == UnitKind.PARTY_OFFICE;
        List<Unit> main = new ArrayList<>();
        DocumentKind kind = DocumentDemoData.DOWNWARD_KINDS[random.nextInt(DocumentDemoData.DOWNWARD_KINDS.length)];
        if (LEADING.contains(unit.kind()) || unit.kind() == UnitKind.VILLAGE_COMMITTEE) {
            String key = party ? "party" : "gov";
            lower.stream().filter(u -> u.unitKey().equals(key) || u.kind() == UnitKind.VILLAGE_COMMITTEE).forEach(main::add);
        } else {
            lower.stream().filter(u -> u.unitKey().equals(unit.unitKey())).forEach(main::add);
            if (main.isEmpty()) {
                // no counterpart below (county departments): a 函 to the township governments
                lower.stream().filter(u -> u.unitKey().equals("gov")).forEach(main::add);
                kind = DocumentKind.LETTER;
            }
        }
        if (main.isEmpty()) {
            return null;
        }
        String topic = DemoTexts.TOPICS[random.nextInt(DemoTexts.TOPICS.length)];
        DemoTexts.Source law = texts.source(random);
        String title = DemoTexts.title(kind, topic, law, division, year);
        String body = texts.body(kind, topic, law, division, random);
        List<DemoDocument> sameYear = upperNotices.stream().filter(d -> d.year() == year).toList();
        if (copyable(unit, kind) && !sameYear.isEmpty() && random.nextDouble() < 0.12) {
            DemoDocument original = sameYear.get(random.nextInt(sameYear.size()));
            Division from = parent;
            boolean swapNames = random.nextDouble() < 0.6;
            title = swapNames ? DemoTexts.localise(original.title(), from, division) : original.title();
            body = swapNames ? DemoTexts.localise(original.body(), from, division) : original.body();
        }
        List<Unit> copy = new ArrayList<>();
        if (!parentUnits.isEmpty() && random.nextDouble() < 0.3) {
            parentUnits.stream().filter(u -> u.unitKey().equals(unit.unitKey())).findFirst().ifPresent(copy::add);
        }
        return new DemoDocument(unit, kind, title, body, LEADING.contains(unit.kind()) && random.nextDouble() < 0.3,
                DocumentDemoData.urgency(random), DocumentDemoData.headerStyle(random), Direction.DOWNWARD, at, year,
                main, copy);
    }

    private static boolean copyable(Unit unit, DocumentKind kind) {
        return kind == DocumentKind.NOTICE && LEADING.contains(unit.kind());
    }

    private DemoDocument upward(Unit unit, Division division, List<Unit> parentUnits, int year, Instant at) {
        String key = LEADING.contains(unit.kind()) ? (unit.kind().name().startsWith("PARTY") ? "party" : "gov") : unit.unitKey();
        Unit to = parentUnits.stream().filter(u -> u.unitKey().equals(key)).findFirst()
                .orElseGet(() -> parentUnits.stream().filter(u -> u.unitKey().equals("gov")).findFirst().orElse(null));
        if (to == null) {
            return null;
        }
        DocumentKind kind = random.nextBoolean() ? DocumentKind.REPORT : DocumentKind.REQUEST;
        String topic = DemoTexts.TOPICS[random.nextInt(DemoTexts.TOPICS.length)];
        DemoTexts.Source law = texts.source(random);
        return new DemoDocument(unit, kind, DemoTexts.title(kind, topic, law, division, year),
                texts.body(kind, topic, law, division, random), false, DocumentDemoData.urgency(random),
                DocumentDemoData.headerStyle(random), Direction.UPWARD, at, year, List.of(to), List.of());
    }
}
