package org.jianfu.registers.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jianfu.audit.AuditLog;
import org.jianfu.organization.ApprovalPolicy;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.registers.RegisterEntryApproved;
import org.jianfu.registers.RegisterKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Register entries: a unit asks for a new pledge, veto item, demonstration activity or secondment
 * with a reason; the 减负办 of its division approves or refuses. Scope on every read and write.
 */
@Service
public class RegisterBook {

    private static final String SELECT = """
            select e.*, u.name owner_name from registers.entry e join organization.unit u on u.id = e.owner_unit_id
            """;

    private final Clock clock;
    private final JdbcClient jdbc;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final ApprovalPolicy policy;

    private final AuditLog audit;

    RegisterBook(JdbcClient jdbc, Organization organization, ApplicationEventPublisher events, ApprovalPolicy policy, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
        this.jdbc = jdbc;
        this.organization = organization;
        this.events = events;
    }

    @Transactional
    public RegisterEntry request(Actor actor, EntryDraft d) {
        if (actor.role() != Role.CLERK && actor.role() != Role.LEADER) {
            throw new RuleViolationException("只有单位文书或单位领导可以登记");
        }
        Unit owner = organization.unit(actor.unitId()).orElseThrow();
        List<Unit> counterparts = organization.units(d.counterparts());
        List<String> problems = EntryRules.problems(d, owner, counterparts);
        if (counterparts.size() != d.counterparts().size()) {
            problems.addFirst("涉及的单位中有不存在的单位");
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(String.join("；", problems));
        }
        long id = jdbc.sql("""
                        insert into registers.entry (kind, owner_unit_id, title, reason, counterpart_unit_ids, year,
                            person_name, starts_on, ends_on, state, reviewer_division)
                        values (?,?,?,?,?,?,?,?,?,'PENDING',?) returning id""")
                .params(d.kind().name(), owner.id(), d.title().strip(), d.reason().strip(),
                        d.counterparts().toArray(Long[]::new), d.year(), d.personName(),
                        d.startsOn() == null ? null : Date.valueOf(d.startsOn()),
                        d.endsOn() == null ? null : Date.valueOf(d.endsOn()),
                        policy.decidingDivision(ApprovalPolicy.Matter.REGISTER_ENTRY, owner))
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    @Transactional
    public RegisterEntry decide(Actor actor, long entryId, boolean approve, String note) {
        RegisterEntry e = find(entryId)
                .filter(x -> policy.isDecider(actor, ApprovalPolicy.Matter.REGISTER_ENTRY, x.ownerUnitId(), null, x.reviewerDivision()))
                .orElseThrow(() -> new NotFoundException("待审批的登记不存在: " + entryId));
        if (!"PENDING".equals(e.state())) {
            throw new RuleViolationException("该登记已审批");
        }
        jdbc.sql("update registers.entry set state = ?, decision_note = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(approve ? "APPROVED" : "REFUSED", note, actor.username(), now(), entryId).update();
        audit.record(actor, approve ? "批准登记" : "不批准登记", "register-entry:" + entryId, note == null ? "" : note);
        if (approve) {
            events.publishEvent(new RegisterEntryApproved(e.id(), e.kind(), e.ownerUnitId(), e.counterpartUnitIds(), e.year()));
        }
        return find(entryId).orElseThrow();
    }

    /** The owner, its 减负办 (and above), and the counterpart units may read an entry. */
    public RegisterEntry readable(Actor actor, long entryId) {
        return find(entryId).filter(e -> mayRead(actor, e))
                .orElseThrow(() -> new NotFoundException("登记不存在或不在本账号范围内: " + entryId));
    }

    public List<RegisterEntry> ofUnit(long unitId) {
        return jdbc.sql(SELECT + " where e.owner_unit_id = :u or :u = any(e.counterpart_unit_ids) order by e.year desc, e.id desc limit 200")
                .param("u", unitId).query(RegisterBook::entry).list();
    }

    public List<RegisterEntry> pendingFor(Actor actor) {
        if (actor.role() != Role.MONITOR && !actor.isAdmin()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where e.state = 'PENDING' and (? or e.reviewer_division = ?) order by e.id")
                .params(actor.isAdmin(), actor.divisionCode()).query(RegisterBook::entry).list();
    }

    public Optional<RegisterEntry> find(long id) {
        return jdbc.sql(SELECT + " where e.id = ?").param(id).query(RegisterBook::entry).optional();
    }

    private boolean mayRead(Actor actor, RegisterEntry e) {
        if (e.counterpartUnitIds().contains(actor.unitId())) {
            return true;
        }
        Unit owner = organization.unit(e.ownerUnitId()).orElseThrow();
        return actor.mayReadUnit(owner.id(), owner.divisionPath());
    }

    static RegisterEntry entry(ResultSet rs, int row) throws SQLException {
        Date starts = rs.getDate("starts_on");
        Date ends = rs.getDate("ends_on");
        return new RegisterEntry(rs.getLong("id"), RegisterKind.valueOf(rs.getString("kind")), rs.getLong("owner_unit_id"),
                rs.getString("owner_name"), rs.getString("title"), rs.getString("reason"),
                Arrays.asList((Long[]) rs.getArray("counterpart_unit_ids").getArray()), rs.getInt("year"),
                rs.getString("person_name"), starts == null ? null : starts.toLocalDate(),
                ends == null ? null : ends.toLocalDate(), rs.getString("state"), rs.getString("reviewer_division"),
                rs.getString("decision_note"));
    }

    /** "Now" by the application's {@link Clock}, not the database server's. */
    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
