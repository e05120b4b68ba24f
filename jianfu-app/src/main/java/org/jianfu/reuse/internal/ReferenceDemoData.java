package org.jianfu.reuse.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoData;
import org.jianfu.demo.DemoStage;
import org.jianfu.documents.DraftRequest;
import org.jianfu.documents.Documents;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.platform.corpus.LawsCorpus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo 参照文件库: a few hundred (at full scale) 实施意见 of the province, ministries, the State Council's
 * office and 兰州市, built from the shipped national regulations ({@link ReferenceDemoTexts}), kept by the
 * province's (or the city's) government office and addressed to every unit below it; one 市 document that
 * only 七里河区's office received (on paper); and 城关区 government office's draft that restates the first
 * provincial one with 全省 → 全区, so the tour's 重新检查 on that draft is blocked by the library.
 */
@Component
class ReferenceDemoData implements DemoData {

    static final String COUNTY = "620102";
    static final String COUNTY_CLERK = "620102.gov-office.clerk";
    static final int FULL = 240;

    private final Organization organization;
    private final ReferenceRepository references;
    private final SourceTexts sources;
    private final CorpusSync sync;
    private final Documents documents;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReferenceDemoData(Organization organization, ReferenceRepository references, SourceTexts sources, CorpusSync sync,
                      Documents documents, JdbcClient jdbc, Clock clock) {
        this.organization = organization;
        this.references = references;
        this.sources = sources;
        this.sync = sync;
        this.documents = documents;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "reuse.references";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.MONITORING;
    }

    @Override
    public long expectedSteps() {
        return FULL;
    }

    @Override
    public long load(DemoContext context) {
        Random random = context.random();
        List<LawsCorpus.LawText> laws = ReferenceDemoTexts.usable(sources.laws().values());
        int count = Math.min(laws.size() - 1, Math.max(12, (int) Math.round(FULL * context.scale())));
        Unit province = office(organization.root().code());
        Unit city = office("6201");
        LocalDate today = LocalDate.now(clock);
        List<ReferenceDocument> added = new ArrayList<>();
        int[] numbers = new int[ReferenceDemoTexts.ORGANS.size()];
        for (int i = 0; i < count; i++) {
            // mostly the province, then ministries, the State Council's office and the city
            int pick = i % 10 < 6 ? i % 3 : i % 10 < 8 ? 3 + i % 3 : i % 10 == 8 ? 6 : 7;
            ReferenceDemoTexts.Organ organ = ReferenceDemoTexts.ORGANS.get(pick);
            LocalDate issued = today.minusDays(20 + random.nextInt(700));
            LawsCorpus.LawText law = laws.get(i);
            boolean byCity = organ.level() == ReferenceLevel.PREFECTURE;
            Unit owner = byCity ? city : province;
            String number = organ.numberPrefix() + "〔" + issued.getYear() + "〕" + (++numbers[pick] * 3 + random.nextInt(3)) + "号";
            added.add(add(new ReferenceRepository.NewReference(ReferenceDemoTexts.title(law), number, organ.name(), organ.level(),
                    issued, "DEMO", ReferenceDemoTexts.body(law, organ, issued.getYear(), random), owner.id(),
                    owner.divisionPath(), null, null, null)));
            context.advance(1);
        }
        // a city document that reached 七里河区's office alone (on paper): not readable in 城关区
        LawsCorpus.LawText last = laws.get(count);
        ReferenceDemoTexts.Organ cityOrgan = ReferenceDemoTexts.ORGANS.getLast();
        Unit qilihe = office("620103");
        added.add(add(new ReferenceRepository.NewReference(ReferenceDemoTexts.title(last), "兰政办发〔" + today.getYear() + "〕99号",
                cityOrgan.name(), cityOrgan.level(), today.minusDays(10), "DEMO",
                ReferenceDemoTexts.body(last, cityOrgan, today.getYear(), random), qilihe.id(), null, null, null, null)));
        // in the index before the draft is saved, so saving it checks it against them
        sync.indexNow(added);
        draftCopyingTheFirst(added.getFirst());
        return added.size() + 1;
    }

    private ReferenceDocument add(ReferenceRepository.NewReference reference) {
        long id = references.insert(reference, clock.instant()).orElseThrow();
        return references.find(id).orElseThrow();
    }

    /** 城关区 government office copies the province's 实施意见 with only the place words changed. */
    private void draftCopyingTheFirst(ReferenceDocument provincial) {
        ReferenceDemoTexts.Organ organ = ReferenceDemoTexts.ORGANS.stream()
                .filter(o -> o.name().equals(provincial.issuingOrgan())).findFirst().orElseThrow();
        Unit office = office(COUNTY);
        var account = jdbc.sql("select id, display_name from identity.account where username = ?").param(COUNTY_CLERK)
                .query((rs, n) -> new Object[]{rs.getLong("id"), rs.getString("display_name")}).optional();
        if (account.isEmpty()) {
            return;
        }
        Actor clerk = new Actor((Long) account.get()[0], COUNTY_CLERK, (String) account.get()[1], Role.CLERK, office.id(),
                office.name(), office.divisionCode(), office.divisionPath());
        List<Long> townships = organization.unitsBelow(COUNTY, DivisionLevel.TOWNSHIP).stream()
                .filter(u -> u.kind() == UnitKind.GOVERNMENT).limit(3).map(Unit::id).toList();
        String title = provincial.title().replace("的实施意见", "的实施方案");
        String body = ReferenceDemoTexts.restated(provincial.body(), organ, "城关区", office.name());
        documents.draft(clerk, new DraftRequest("OPINION", title, body, townships, List.of()));
    }

    private Unit office(String divisionCode) {
        return organization.unitsOf(divisionCode).stream().filter(u -> u.unitKey().equals("gov-office")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no government office in " + divisionCode));
    }
}
