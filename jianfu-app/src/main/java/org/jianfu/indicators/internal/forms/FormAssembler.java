package org.jianfu.indicators.internal.forms;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jianfu.indicators.internal.registry.Registry;
import org.jianfu.indicators.internal.requests.DataRequest;
import org.jianfu.indicators.internal.requests.RequestField;
import org.jianfu.indicators.internal.requests.RequestRepository;
import org.jianfu.organization.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds a unit's merged form for a month: fields with one datum key form one item; items the
 * matcher still judges the same (keys fixed by requests that never met) are merged too; values the
 * unit already gave are prefilled.
 */
@Service
class FormAssembler {

    private final JdbcClient jdbc;
    private final RequestRepository requests;
    private final Registry registry;
    private final Answers answers;
    private final Units units;

    FormAssembler(JdbcClient jdbc, RequestRepository requests, Registry registry, Answers answers, Units units) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.registry = registry;
        this.answers = answers;
        this.units = units;
    }

    MergedForm assemble(Unit unit, YearMonth month) {
        List<Long> ids = jdbc.sql("""
                        select r.id from indicators.data_request r join indicators.request_target t on t.request_id = r.id
                        where t.unit_id = ? and r.form_month = ? and r.status = 'SENT' order by r.sent_at, r.id""")
                .params(unit.id(), month.atDay(1)).query(Long.class).list();
        List<DataRequest> sent = requests.requests(ids);
        Map<Long, DataRequest> byId = new LinkedHashMap<>();
        sent.forEach(r -> byId.put(r.id(), r));
        List<List<RequestField>> groups = group(requests.fieldsOf(ids).stream().filter(f -> !f.reused()).toList());
        List<FormItem> items = new ArrayList<>();
        for (List<RequestField> group : groups) {
            items.add(item(unit, month, group, byId));
        }
        int version = jdbc.sql("select coalesce(max(version), 0) from indicators.submission where unit_id = ? and form_month = ?")
                .params(unit.id(), month.atDay(1)).query(Integer.class).single();
        long open = jdbc.sql("""
                        select count(*) from indicators.request_target where unit_id = ? and submitted_at is null
                          and request_id = any(?)""")
                .params(unit.id(), ids.toArray(Long[]::new)).query(Long.class).single();
        return new MergedForm(unit, month, sent, items, version, !ids.isEmpty() && open == 0);
    }

    /** By datum key, then by the matcher on the groups' first fields (union of groups judged the same). */
    private List<List<RequestField>> group(List<RequestField> fields) {
        Map<String, List<RequestField>> byKey = new LinkedHashMap<>();
        fields.forEach(f -> byKey.computeIfAbsent(Objects.requireNonNullElse(f.matchKey(), "F:" + f.id()),
                k -> new ArrayList<>()).add(f));
        List<List<RequestField>> groups = new ArrayList<>();
        for (List<RequestField> candidate : byKey.values()) {
            List<RequestField> same = groups.stream()
                    .filter(g -> registry.match(g.getFirst().label(), candidate.getFirst().label()).same())
                    .findFirst().orElse(null);
            if (same != null) {
                same.addAll(candidate);
            } else {
                groups.add(new ArrayList<>(candidate));
            }
        }
        return groups;
    }

    private FormItem item(Unit unit, YearMonth month, List<RequestField> group, Map<Long, DataRequest> requestsById) {
        RequestField first = group.getFirst();
        BigDecimal min = group.stream().map(RequestField::min).filter(Objects::nonNull).max(BigDecimal::compareTo).orElse(null);
        BigDecimal max = group.stream().map(RequestField::max).filter(Objects::nonNull).min(BigDecimal::compareTo).orElse(null);
        List<String> askedBy = group.stream().map(f -> requestsById.get(f.requestId()))
                .map(r -> r.requesterName() + "「" + r.title() + "」").distinct().toList();
        String key = group.stream().map(f -> Objects.requireNonNullElse(f.matchKey(), "F:" + f.id())).sorted()
                .findFirst().orElseThrow();
        Answers.Found found = answers.prefill(unit.id(), month, group);
        String prefill = found == null ? null : units.convert(found.value(), found.unitOfMeasure(), first.unitOfMeasure());
        return new FormItem(key, first.name(), first.unitOfMeasure(), first.dataType(),
                group.stream().anyMatch(RequestField::required), min, max, group, askedBy, prefill,
                found == null ? null : found.note());
    }
}
