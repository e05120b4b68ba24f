package org.jianfu.indicators.internal.requests;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianfu.indicators.internal.registry.FieldLabel;
import org.jianfu.indicators.internal.registry.Registry;
import org.jianfu.indicators.internal.registry.RegistryEntry;
import org.jianfu.indicators.matching.MatchResult;
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
        Map<String, RegistryEntry> registryByLabel = new LinkedHashMap<>();
        registry.all().forEach(e -> registryByLabel.putIfAbsent(e.label(), e));
        Map<String, List<Existing>> existingByLabel = new LinkedHashMap<>();
        existing(request).forEach(e -> existingByLabel.computeIfAbsent(e.label(), k -> new ArrayList<>()).add(e));
        List<FieldCheck> checks = new ArrayList<>();
        for (RequestField field : fields) {
            Duplicate registryMatch = registry.sameAs(field.label(), registryByLabel.keySet()).stream().findFirst()
                    .map(label -> fromRegistry(label, registry.match(field.label(), label), registryByLabel.get(label)))
                    .orElse(null);
            List<Duplicate> duplicates = new ArrayList<>();
            for (String label : registry.sameAs(field.label(), existingByLabel.keySet())) {
                MatchResult result = registry.match(field.label(), label);
                existingByLabel.get(label).stream().limit(3).forEach(e -> duplicates.add(fromRequest(label, result, e)));
            }
            checks.add(new FieldCheck(field, registryMatch, duplicates));
        }
        return checks;
    }

    private static Duplicate fromRegistry(String label, MatchResult result, RegistryEntry entry) {
        Indicator i = entry.indicator();
        return new Duplicate(label, "指标库 · " + i.department(), i.code() + " " + i.name(),
                i.period().label() + "报", result.reason(), result.score(), "I:" + i.code(), null);
    }

    private static Duplicate fromRequest(String label, MatchResult result, Existing e) {
        return new Duplicate(label, e.requesterName(), e.title(),
                e.period().label() + "报 · " + e.month().getYear() + "年" + e.month().getMonthValue() + "月起",
                result.reason(), result.score(), e.matchKey() != null ? e.matchKey() : "F:" + e.fieldId(),
                e.requesterUnitId());
    }

    /**
     * Fields other departments ask (not drafts, not themselves reused) of any of this request's targets; a
     * department's own earlier tables are its recurring collection, not a duplicate.
     */
    private List<Existing> existing(DataRequest request) {
        return requests.jdbc().sql("""
                        select f.id, f.name, f.unit_of_measure, f.period, f.match_key, r.title, r.requester_unit_id,
                               r.requester_name, r.form_month
                        from indicators.request_field f join indicators.data_request r on r.id = f.request_id
                        where r.status <> 'DRAFT' and r.id <> :own and r.requester_unit_id <> :me and not f.reused
                          and (r.target_path = :t or r.target_path like :below or :t like r.target_path || '.%')
                        order by r.form_month desc, r.id desc, f.position""")
                .param("own", request.id()).param("me", request.requesterUnitId()).param("t", request.targetPath()).param("below", request.targetPath() + ".%")
                .query((rs, n) -> new Existing(rs.getLong("id"),
                        FieldLabel.of(rs.getString("name"), rs.getString("unit_of_measure")),
                        Indicator.Period.valueOf(rs.getString("period")), rs.getString("match_key"), rs.getString("title"),
                        rs.getLong("requester_unit_id"), rs.getString("requester_name"),
                        YearMonth.from(rs.getDate("form_month").toLocalDate())))
                .list();
    }
}
