package org.jianfu.indicators.internal.requests;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jianfu.indicators.internal.registry.FieldLabel;
import org.jianfu.indicators.internal.registry.Registry;
import org.jianfu.indicators.internal.registry.RegistryEntry;
import org.jianfu.indicators.matching.Indicator;
import org.jianfu.indicators.matching.MatchResult;
import org.jianfu.indicators.matching.Tier;
import org.jianfu.platform.DivisionPaths;
import org.springframework.stereotype.Service;

/**
 * Checks a request's fields with the product's field matcher (the command line's tiers) against the
 * 指标库 and against the fields of every other non-draft request whose targets overlap: 同一指标 and
 * 可能相同 per field, each department's form named once, with the requester's answers so far.
 */
@Service
public class DuplicateFinder {

    private final Registry registry;
    /** Forms named per field and tier; a field asked by more departments than this is plainly a duplicate. */
    static final int MAX_FORMS = 5;

    private final RequestRepository requests;
    private final ConfirmationRepository confirmations;

    DuplicateFinder(Registry registry, RequestRepository requests, ConfirmationRepository confirmations) {
        this.registry = registry;
        this.requests = requests;
        this.confirmations = confirmations;
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
        Map<Long, List<Confirmation>> answers = new HashMap<>();
        confirmations.ofRequest(request.id()).stream().filter(a -> a.fieldId() != null)
                .forEach(a -> answers.computeIfAbsent(a.fieldId(), k -> new ArrayList<>()).add(a));
        List<FieldCheck> checks = new ArrayList<>();
        for (RequestField field : fields) {
            Duplicate registryMatch = registry.sameAs(field.label(), registryByLabel.keySet()).stream().findFirst()
                    .map(label -> fromRegistry(label, registry.match(field.label(), label), registryByLabel.get(label)))
                    .orElse(null);
            // one warning per department and form: the best label it asks (同一指标 before 可能相同), newest period
            Map<String, Duplicate> byForm = new LinkedHashMap<>();
            for (String label : registry.similar(field.label(), existingByLabel.keySet())) {
                MatchResult result = registry.match(field.label(), label);
                Map<String, List<Existing>> forms = new LinkedHashMap<>();
                existingByLabel.get(label).forEach(e -> forms.computeIfAbsent(formKey(e), k -> new ArrayList<>()).add(e));
                forms.forEach((key, periods) -> byForm.putIfAbsent(key, fromRequest(label, result, periods)));
            }
            List<Duplicate> same = byForm.values().stream().filter(d -> d.tier() == Tier.SAME).limit(MAX_FORMS).toList();
            List<Duplicate> maybe = byForm.values().stream().filter(d -> d.tier() == Tier.MAYBE).limit(MAX_FORMS).toList();
            checks.add(new FieldCheck(field, registryMatch, same, maybe, answers.getOrDefault(field.id(), List.of())));
        }
        return checks;
    }

    private static String formKey(Existing e) {
        return e.requesterUnitId() + "\u0000" + formName(e.title());
    }

    private static final Pattern LEADING_PERIOD = Pattern.compile(
            "^\\d{4}\\s*年\\s*(?:度|第\\s*[一二三四1-4]\\s*季度|[上下]半年|\\d{1,2}\\s*月份?)?\\s*");
    private static final Pattern TRAILING_PERIOD = Pattern.compile("\\s*[（(]\\s*\\d{4}\\s*年[^）)]*[）)]$");

    /**
     * A form's name without the period its title carries ("2019年第1季度民政对象统计表" is the form
     * 民政对象统计表 of one quarter), so a recurring form is one form in the warning.
     */
    static String formName(String title) {
        String stripped = TRAILING_PERIOD.matcher(LEADING_PERIOD.matcher(title.strip()).replaceFirst("")).replaceFirst("");
        return stripped.isBlank() ? title.strip() : stripped;
    }

    private static Duplicate fromRegistry(String label, MatchResult result, RegistryEntry entry) {
        Indicator i = entry.indicator();
        return new Duplicate(label, "指标库 · " + i.department(), i.code() + " " + i.name(),
                i.period().label() + "报", result.reason(), result.score(), "I:" + i.code(), null, result.tier(), 1);
    }

    /** One form of another department, from its periods carrying the field (newest first). */
    private static Duplicate fromRequest(String label, MatchResult result, List<Existing> periods) {
        Existing newest = periods.getFirst();
        YearMonth first = periods.stream().map(Existing::month).min(YearMonth::compareTo).orElseThrow();
        String since = periods.size() == 1 || first.equals(newest.month())
                ? month(newest.month()) + "起"
                : month(first) + "至" + month(newest.month()) + "，共 " + periods.size() + " 期";
        return new Duplicate(label, newest.requesterName(), formName(newest.title()), newest.period().label() + "报 · " + since,
                result.reason(), result.score(),
                newest.matchKey() != null ? newest.matchKey() : "F:" + newest.fieldId(), newest.requesterUnitId(),
                result.tier(), periods.size());
    }

    private static String month(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
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
                          and (%s or :t like r.target_path || '.%%')
                        order by r.form_month desc, r.id desc, f.position""".formatted(DivisionPaths.sqlWithin("r.target_path", "t")))
                .param("own", request.id()).param("me", request.requesterUnitId()).param("t", request.targetPath())
                .param("tBelow", DivisionPaths.belowPattern(request.targetPath()))
                .query((rs, n) -> new Existing(rs.getLong("id"),
                        FieldLabel.of(rs.getString("name"), rs.getString("unit_of_measure")),
                        Indicator.Period.valueOf(rs.getString("period")), rs.getString("match_key"), rs.getString("title"),
                        rs.getLong("requester_unit_id"), rs.getString("requester_name"),
                        YearMonth.from(rs.getDate("form_month").toLocalDate())))
                .list();
    }
}
