package org.jianfu.identity.internal.delegation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jianfu.audit.AuditLog;
import org.jianfu.identity.Account;
import org.jianfu.identity.Accounts;
import org.jianfu.organization.ApprovalPolicy;
import org.jianfu.organization.Delegation;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 委托: a leader names a clerk (or cadre) of the same unit to sign or approve for them from one day to another.
 * One delegation of a leader at a time; it ends by itself; revoking ends it at once. The approval policy asks
 * {@link #delegatorFor} and still refuses anyone deciding what they drafted.
 */
@Service
@Transactional
class Delegations implements Delegation {

    /** A leave longer than a quarter is a change of post, not a delegation. */
    static final int MAX_DAYS = 92;

    private static final String SELECT = """
            select d.*, a.display_name delegator_name, b.display_name deputy_name from identity.delegation d
              join identity.account a on a.id = d.delegator_id join identity.account b on b.id = d.deputy_id
            """;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    Delegations(JdbcClient jdbc, Accounts accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    long create(Actor actor, long deputyId, DelegationScope scope, LocalDate startsOn, LocalDate endsOn) {
        if (actor.role() != Role.LEADER) {
            throw new AccessDeniedException("只有单位领导可以委托签发或审批");
        }
        if (deputyId == actor.accountId()) {
            throw new RuleViolationException("不能委托给本人");
        }
        Account deputy = accounts.account(deputyId).orElseThrow(() -> new RuleViolationException("受托人不存在"));
        if (deputy.unitId() != actor.unitId()) {
            throw new RuleViolationException("受托人须为本单位人员");
        }
        if (deputy.role() != Role.CLERK && deputy.role() != Role.CADRE) {
            throw new RuleViolationException(deputy.displayName() + "是" + deputy.role().label() + "，无需委托（领导本可签发和审批）");
        }
        LocalDate today = today();
        if (startsOn == null || endsOn == null) {
            throw new RuleViolationException("请填写委托的起止日期");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new RuleViolationException("结束日期不能早于开始日期");
        }
        if (startsOn.isBefore(today)) {
            throw new RuleViolationException("开始日期不能早于今天（" + today + "）");
        }
        if (endsOn.isAfter(startsOn.plusDays(MAX_DAYS - 1))) {
            throw new RuleViolationException("一次委托最长 " + MAX_DAYS + " 天");
        }
        Optional<DelegationEntry> overlapping = of(actor.accountId()).stream()
                .filter(r -> r.revokedAt() == null && !r.endsOn().isBefore(startsOn) && !r.startsOn().isAfter(endsOn))
                .findFirst();
        if (overlapping.isPresent()) {
            DelegationEntry r = overlapping.get();
            throw new RuleViolationException("与已有委托（" + r.deputyName() + "，" + r.startsOn() + " 至 " + r.endsOn()
                    + "）期间重叠，请先撤销");
        }
        long id = jdbc.sql("""
                        insert into identity.delegation (delegator_id, deputy_id, scope, starts_on, ends_on, created_at)
                        values (?,?,?,?,?,?) returning id""")
                .params(actor.accountId(), deputyId, scope.name(), startsOn, endsOn, Timestamp.from(clock.instant()))
                .query(Long.class).single();
        audit.record(actor, "委托" + scope.label(), "delegation:" + id,
                deputy.username() + " " + startsOn + " 至 " + endsOn);
        return id;
    }

    void revoke(Actor actor, long id) {
        DelegationEntry r = find(id).filter(x -> x.delegatorId() == actor.accountId())
                .orElseThrow(() -> new NotFoundException("委托不存在: " + id));
        if (r.over(today())) {
            throw new RuleViolationException("该委托已结束");
        }
        jdbc.sql("update identity.delegation set revoked_at = ? where id = ?").params(Timestamp.from(clock.instant()), id).update();
        audit.record(actor, "撤销委托", "delegation:" + id, "");
    }

    /** The delegations a person gave, newest first. */
    @Transactional(readOnly = true)
    List<DelegationEntry> of(long delegatorId) {
        return jdbc.sql(SELECT + " where d.delegator_id = ? order by d.starts_on desc, d.id desc").param(delegatorId)
                .query(Delegations::row).list();
    }

    /** The delegations a person received, newest first. */
    @Transactional(readOnly = true)
    List<DelegationEntry> received(long deputyId) {
        return jdbc.sql(SELECT + " where d.deputy_id = ? order by d.starts_on desc, d.id desc").param(deputyId)
                .query(Delegations::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> delegatorFor(Actor actor, ApprovalPolicy.Matter matter, LocalDate day) {
        DelegationScope needed = matter == ApprovalPolicy.Matter.DOCUMENT_SIGNING ? DelegationScope.SIGNING
                : DelegationScope.APPROVAL;
        return jdbc.sql(SELECT + """
                         where d.deputy_id = ? and d.revoked_at is null and ? between d.starts_on and d.ends_on
                           and d.scope in (?, 'ALL') and a.unit_id = ? and a.role = 'LEADER'
                         order by d.starts_on limit 1""")
                .params(actor.accountId(), day, needed.name(), actor.unitId())
                .query(Delegations::row).optional().map(DelegationEntry::delegatorName);
    }

    private Optional<DelegationEntry> find(long id) {
        return jdbc.sql(SELECT + " where d.id = ?").param(id).query(Delegations::row).optional();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static DelegationEntry row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new DelegationEntry(rs.getLong("id"), rs.getLong("delegator_id"), rs.getString("delegator_name"),
                rs.getLong("deputy_id"), rs.getString("deputy_name"), DelegationScope.valueOf(rs.getString("scope")),
                rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
                revoked == null ? null : revoked.toInstant());
    }
}
