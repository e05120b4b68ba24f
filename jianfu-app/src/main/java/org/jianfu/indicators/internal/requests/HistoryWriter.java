package org.jianfu.indicators.internal.requests;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jianfu.indicators.matching.Indicator;
import org.jianfu.organization.Division;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Unit;
import org.springframework.stereotype.Service;

/**
 * Writes requests as they would have come out of the flow, for the demo history: drafted, checked
 * for duplicates (keys fixed the same way), optionally reusing duplicates, sent, without events.
 */
@Service
public class HistoryWriter {

    private final RequestRepository requests;
    private final DuplicateFinder duplicates;
    private final Sending sending;

    HistoryWriter(RequestRepository requests, DuplicateFinder duplicates, Sending sending) {
        this.requests = requests;
        this.duplicates = duplicates;
        this.sending = sending;
    }

    /** The final state of a request; {@code status} SENT writes targets, anything else only the request. */
    public record Planned(Unit requester, String title, String purpose, Division target, DivisionLevel level,
                          Indicator.Period period, YearMonth month, LocalDate deadline, List<NewField> fields,
                          boolean reuseDuplicates, RequestStatus status, String explanation, Instant sentAt) {
    }

    public long write(Planned plan, List<Unit> targets) {
        long id = requests.insert(plan.requester().id(), plan.requester().divisionPath(), plan.requester().shortName(),
                plan.title(), plan.purpose(), plan.target().code(), plan.target().path(), plan.level(), plan.period(),
                plan.month(), plan.deadline(), null);
        plan.fields().forEach(f -> requests.insertField(id, f, null));
        DataRequest request = requests.request(id).orElseThrow();
        List<FieldCheck> checks = duplicates.check(request, requests.fields(id));
        for (FieldCheck check : checks) {
            RequestField field = check.field();
            if (plan.reuseDuplicates() && !check.duplicates().isEmpty()) {
                Duplicate source = check.duplicates().getFirst();
                requests.setReuse(field.id(), true, source.matchKey());
                requests.jdbc().sql("""
                                insert into indicators.field_share (reader_unit_id, request_id, field_id, source, source_unit_id,
                                    match_key, created_at) values (?,?,?,?,?,?,?)""")
                        .params(plan.requester().id(), id, field.id(),
                                source.collector() + "「" + source.requestTitle() + "」· " + source.field(),
                                source.sourceUnitId(), source.matchKey(), Timestamp.from(plan.sentAt()))
                        .update();
            } else if (plan.status() != RequestStatus.DRAFT) {
                requests.setMatchKey(field.id(), check.registryMatch() != null ? check.registryMatch().matchKey()
                        : !check.duplicates().isEmpty() ? check.duplicates().getFirst().matchKey() : "F:" + field.id());
            }
        }
        requests.jdbc().sql("""
                        update indicators.data_request set status = ?, explanation = ?, sent_at = ?, created_at = ?,
                            gate_reason = case when cast(? as text) is null then null else '演示：字段多数与已有数据重复' end where id = ?""")
                .params(plan.status().name(), plan.explanation(),
                        plan.status() == RequestStatus.SENT ? Timestamp.from(plan.sentAt()) : null,
                        Timestamp.from(plan.sentAt()), plan.explanation(), id)
                .update();
        if (plan.status() == RequestStatus.SENT) {
            sending.insertTargets(id, targets, null);
        }
        return id;
    }
}
