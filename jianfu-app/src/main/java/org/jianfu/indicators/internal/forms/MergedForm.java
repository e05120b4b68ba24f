package org.jianfu.indicators.internal.forms;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jianfu.indicators.internal.requests.DataRequest;
import org.jianfu.organization.Unit;

/**
 * The one form a township or village fills for a month: every sent request's fields, merged.
 *
 * @param version the number of submissions so far; a submission names the version it started from
 */
public record MergedForm(Unit unit, YearMonth month, List<DataRequest> requests, List<FormItem> items, int version,
                         boolean submitted) {

    public MergedForm {
        requests = List.copyOf(requests);
        items = List.copyOf(items);
    }

    public Optional<FormItem> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** Fields the requests ask for in total: what separate forms would have meant. */
    public int fieldsRequested() {
        return items.stream().mapToInt(i -> i.members().size()).sum();
    }

    public long prefilledCount() {
        return items.stream().filter(FormItem::prefilled).count();
    }

    public LocalDate deadline() {
        return requests.stream().map(DataRequest::deadline).min(LocalDate::compareTo).orElse(null);
    }
}
