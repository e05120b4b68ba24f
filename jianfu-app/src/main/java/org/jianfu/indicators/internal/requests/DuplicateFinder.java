package org.jianfu.indicators.internal.requests;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianfu.indicators.internal.registry.FieldLabel;
import org.jianfu.indicators.internal.registry.Registry;
import org.jianfu.indicators.internal.registry.RegistryEntry;
import org.jianfu.indicators.matching.Candidate;
import org.jianfu.indicators.matching.FieldMatcher;
import org.jianfu.indicators.matching.Indicator;
import org.springframework.stereotype.Service;

/**
 * Checks a request's fields with the product's field matcher (same threshold as the command line)
 * against the 指标库 and against the fields of every other non-draft request whose targets overlap.
 */
@Service
public class DuplicateFinder {

    private final Registry registry;
    private final RequestRepository requests;

    DuplicateFinder(Registry registry, RequestRepository requests) {
        this.registry = registry;
        this.requests = requests;
    }

    /** A field of another request, as a duplicate candidate. */
    record Existing(long fieldId, String label, Indicator.Period period, String matchKey, String title,
                    long requesterUnitId, String requesterName, YearMonth month) {
    }

    public List<FieldCheck> check(DataRequest request, List<RequestField> fields) {
        FieldMatcher matcher = registry.matcher();
        Map<String, RegistryEntry> registryByLabel = new LinkedHashMap<>();
        registry.all().forEach(e -> registryByLabel.putIfAbsent(e.label(), e));
        Map<String, List<Existing>> existingByLabel = new LinkedHashMap<>();
        existing(request).forEach(e -> existingByLabel.computeIfAbsent(e.label(), k -> new ArrayList<>()).add(e));
        List<FieldCheck> checks = new ArrayList<>();
        for (RequestField field : fields) {
            Duplicate registryMatch = matcher.findDuplicates(field.label(), registryByLabel.keySet()).stream().findFirst()
                    .map(c -> fromRegistry(c, registryByLabel.get(c.existingField()))).orElse(null);
            List<Duplicate> duplicates = new ArrayList<>();
            for (Candidate c : matcher.findDuplicates(field.label(), existingByLabel.keySet())) {
                existingByLabel.get(c.existingField()).stream().limit(3).forEach(e -> duplicates.add(fromRequest(c, e)));
            }
            checks.add(new FieldCheck(field, registryMatch, duplicates));
        }
        return checks;
    }

    private static Duplicate fromRegistry(Candidate c, RegistryEntry entry) {
        Indicator i = entry.indicator();
        return new Duplicate(c.existingField(), "指标库 · " + i.department(), i.code() + " " + i.name(),
                i.period().label() + "报", c.result().reason(), c.score(), "I:" + i.code(), null);
    }

    private static Duplicate fromRequest(Candidate c, Existing e) {
        return new Duplicate(c.existingField(), e.requesterName(), e.title(),
                e.period().label() + "报 · " + e.month().getYear() + "年" + e.month().getMonthValue() + "月起",
                c.result().reason(), c.score(), e.matchKey() != null ? e.matchKey() : "F:" + e.fieldId(),
                e.requesterUnitId());
    }

    /** Fields asked by other requests (not drafts, not themselves reused) reaching any of this request's targets. */
    private List<Existing> existing(DataRequest request) {
        return requests.jdbc().sql("""
                        select f.id, f.name, f.unit_of_measure, f.period, f.match_key, r.title, r.requester_unit_id,
                               r.requester_name, r.form_month
                        from indicators.request_field f join indicators.data_request r on r.id = f.request_id
                        where r.status <> 'DRAFT' and r.id <> :own and not f.reused
                          and (r.target_path = :t or r.target_path like :below or :t like r.target_path || '.%')
                        order by r.form_month desc, r.id desc, f.position""")
                .param("own", request.id()).param("t", request.targetPath()).param("below", request.targetPath() + ".%")
                .query((rs, n) -> new Existing(rs.getLong("id"),
                        FieldLabel.of(rs.getString("name"), rs.getString("unit_of_measure")),
                        Indicator.Period.valueOf(rs.getString("period")), rs.getString("match_key"), rs.getString("title"),
                        rs.getLong("requester_unit_id"), rs.getString("requester_name"),
                        YearMonth.from(rs.getDate("form_month").toLocalDate())))
                .list();
    }
}
