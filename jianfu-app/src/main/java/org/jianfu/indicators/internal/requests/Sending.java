package org.jianfu.indicators.internal.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jianfu.indicators.DataRequestSent;
import org.jianfu.indicators.FieldReused;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends an approved request: its target units get it in their monthly form; monitoring hears of it. */
@Service
public class Sending {

    private final RequestRepository requests;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    private final Clock clock;

    Sending(RequestRepository requests, Organization organization, ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.requests = requests;
        this.jdbc = jdbc;
        this.organization = organization;
        this.events = events;
    }

    /** Township governments or village committees of the target subtree. */
    public List<Unit> targets(String divisionCode, DivisionLevel level) {
        UnitKind kind = level == DivisionLevel.TOWNSHIP ? UnitKind.GOVERNMENT : UnitKind.VILLAGE_COMMITTEE;
        return organization.unitsBelow(divisionCode, level).stream().filter(u -> u.kind() == kind).toList();
    }

    @Transactional
    public void send(long requestId) {
        Instant now = clock.instant();
        DataRequest request = requests.request(requestId).orElseThrow();
        List<Unit> targets = targets(request.targetDivisionCode(), request.targetLevel());
        List<RequestField> fields = requests.fields(requestId);
        long asked = fields.stream().filter(f -> !f.reused()).count();
        insertTargets(requestId, targets, asked == 0 ? now : null);
        requests.jdbc().sql("update indicators.data_request set status = 'SENT', sent_at = ? where id = ?")
                .params(Timestamp.from(now), requestId).update();
        events.publishEvent(new DataRequestSent(requestId, request.requesterUnitId(),
                targets.stream().map(Unit::id).toList(), (int) asked, (int) (fields.size() - asked), now));
        fields.stream().filter(RequestField::reused).forEach(f -> events.publishEvent(
                new FieldReused(requestId, request.requesterUnitId(), f.name(), f.matchKey(), now)));
    }

    /** Also used by the demo loader, which writes history without events. */
    public void insertTargets(long requestId, List<Unit> targets, Instant submittedAt) {
        jdbc.batchUpdate("insert into indicators.request_target (request_id, unit_id, unit_path, submitted_at) values (?,?,?,?)",
                targets, 2000, (ps, u) -> {
                    ps.setLong(1, requestId);
                    ps.setLong(2, u.id());
                    ps.setString(3, u.divisionPath());
                    ps.setTimestamp(4, submittedAt == null ? null : Timestamp.from(submittedAt));
                });
    }
}
