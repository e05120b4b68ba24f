package org.jianfu.indicators.internal.forms;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoData;
import org.jianfu.demo.DemoStage;
import org.jianfu.indicators.internal.requests.DataRequest;
import org.jianfu.indicators.internal.requests.HistoryWriter;
import org.jianfu.indicators.internal.requests.NewField;
import org.jianfu.indicators.internal.requests.RequestStatus;
import org.jianfu.indicators.internal.requests.Sending;
import org.jianfu.indicators.matching.Indicator;
import org.jianfu.organization.Division;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 一表通 demo: 2018 with every department sending its own quarterly table (人口, 低保, 耕地面积 asked
 * again and again), 2019 with fewer tables and shared data, village submissions for both years. This
 * month's open forms are {@link LivingForms}'.
 * Six counties at full scale (about 5 s each), one in tests; no events are published for history.
 */
@Component
class IndicatorsDemoData implements DemoData {

    static final ZoneId CHINA = org.jianfu.platform.time.ChinaTime.ZONE;
    static final String SHOWCASE_COUNTY = "620102";

    private final Organization organization;
    private final HistoryWriter history;
    private final Sending sending;
    private final FormAssembler assembler;
    private final Units units;
    private final JdbcTemplate jdbc;

    IndicatorsDemoData(Organization organization, HistoryWriter history, Sending sending, FormAssembler assembler,
                       Units units, JdbcTemplate jdbc) {
        this.organization = organization;
        this.history = history;
        this.sending = sending;
        this.assembler = assembler;
        this.units = units;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "indicators.requests";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.WORK;
    }

    @Override
    public long expectedSteps() {
        return 80;
    }

    @Override
    public long load(DemoContext context) {
        long rows = 0;
        List<Division> counties = counties(Math.max(1, (int) Math.round(6 * context.scale())));
        for (Division county : counties) {
            Map<String, Unit> departments = organization.unitsOf(county.code()).stream()
                    .collect(Collectors.toMap(Unit::unitKey, Function.identity()));
            List<Unit> villages = sending.targets(county.code(), DivisionLevel.VILLAGE);
            Set<String> answered = new HashSet<>();
            for (int year : List.of(context.baseYear(), context.seedYear())) {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    YearMonth month = YearMonth.of(year, quarter * 3);
                    for (DemoRequests.Table table : DemoRequests.of(year == context.baseYear())) {
                        Unit requester = departments.get(table.department());
                        String title = table.title().formatted(year, quarter);
                        if (year == context.seedYear()) {
                            jdbc.update("insert into indicators.approved_form (year, unit_id, form_name) values (?,?,?) "
                                    + "on conflict do nothing", year, requester.id(), title);
                        }
                        history.write(plan(requester, title, county, month, table.fields(), table.reuse(),
                                RequestStatus.SENT, null), villages);
                        rows++;
                    }
                    rows += submitAll(villages, month, answered, context.random(), 0.0);
                    context.advance(1);
                }
            }
        }
        return rows;
    }

    private List<Division> counties(int count) {
        List<Division> all = new ArrayList<>();
        organization.children(organization.root().code()).forEach(p -> all.addAll(organization.children(p.code())));
        all.sort(Comparator.comparing((Division d) -> !d.code().equals(SHOWCASE_COUNTY)).thenComparing(Division::code));
        return all.stream().filter(d -> d.level() == DivisionLevel.COUNTY).limit(count).toList();
    }

    static HistoryWriter.Planned plan(Unit requester, String title, Division county, YearMonth month,
                                              List<NewField> fields, boolean reuse, RequestStatus status, String explanation) {
        Instant sent = month.atDay(1).atTime(9, 0).atZone(CHINA).toInstant();
        return new HistoryWriter.Planned(requester, title, "掌握辖区基本情况，用于政策落实和资金分配", county, DivisionLevel.VILLAGE,
                Indicator.Period.QUARTERLY, month, month.atDay(25), fields, reuse, status, explanation, sent);
    }

    /** Every village submits the month's merged form once, but a share {@code leaveOpen} (the seed leaves none: no form of 2019 still waits). */
    long submitAll(List<Unit> villages, YearMonth month, Set<String> answered, Random random, double leaveOpen) {
        if (villages.isEmpty()) {
            return 0;
        }
        MergedForm form = assembler.assemble(villages.getFirst(), month);
        int prefilled = (int) form.items().stream().filter(i -> i.members().stream()
                .allMatch(f -> ValuePeriods.slowMoving(f.period()) && answered.contains(f.matchKey()))).count();
        List<Object[]> submissions = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        List<Long> done = new ArrayList<>();
        for (Unit village : villages) {
            if (random.nextDouble() < leaveOpen) {
                continue;
            }
            Timestamp at = Timestamp.from(month.atDay(8 + random.nextInt(15)).atTime(10, 0).atZone(CHINA).toInstant());
            submissions.add(new Object[] {village.id(), village.divisionPath(), java.sql.Date.valueOf(month.atDay(1)),
                    form.fieldsRequested(), form.items().size() - prefilled, prefilled, form.requests().size(), at});
            for (FormItem item : form.items()) {
                String value = DemoValues.value(item, village.id(), month.getMonthValue(), random);
                Set<String> written = new HashSet<>();
                for (var field : item.members()) {
                    String period = ValuePeriods.of(field.period(), month);
                    if (written.add(field.matchKey() + "|" + period)) {
                        answers.add(new Object[] {village.id(), field.matchKey(), period,
                                units.convert(value, item.unitOfMeasure(), field.unitOfMeasure(), field.dataType()), field.unitOfMeasure(), at});
                    }
                }
            }
            done.add(village.id());
        }
        jdbc.batchUpdate("""
                insert into indicators.submission (unit_id, unit_path, form_month, version, payload_hash, fields_requested,
                    fields_filled, fields_prefilled, forms, via, submitted_at)
                values (?,?,?,1,'demo',?,?,?,?,'DEMO',?)""", submissions);
        jdbc.batchUpdate("""
                insert into indicators.answer (unit_id, match_key, value_period, value, unit_of_measure, updated_at)
                values (?,?,?,?,?,?) on conflict (unit_id, match_key, value_period) do update
                set value = excluded.value, unit_of_measure = excluded.unit_of_measure, updated_at = excluded.updated_at""",
                answers);
        jdbc.update("""
                        update indicators.request_target t set submitted_at = s.submitted_at
                        from indicators.submission s
                        where s.unit_id = t.unit_id and s.form_month = ? and t.request_id = any(?) and t.unit_id = any(?)""",
                java.sql.Date.valueOf(month.atDay(1)), form.requests().stream().map(DataRequest::id).toArray(Long[]::new),
                done.toArray(Long[]::new));
        form.items().forEach(i -> i.members().forEach(f -> answered.add(f.matchKey())));
        return submissions.size() + answers.size();
    }
}
