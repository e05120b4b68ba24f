package org.jianfu.meetings.internal.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jianfu.audit.AuditLog;
import org.jianfu.meetings.internal.Meeting;
import org.jianfu.meetings.internal.MeetingEvents;
import org.jianfu.meetings.internal.MeetingRepository;
import org.jianfu.meetings.internal.MeetingState;
import org.jianfu.organization.ApprovalPolicy;
import org.jianfu.organization.Organization;
import org.jianfu.organization.OrganizationScope;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual meeting plans (quota vs baseline) and the over-quota explanations that the 减负办 of the
 * next level up approves or refuses.
 */
@Service
public class MeetingPlans {

    private final Clock clock;
    private final JdbcClient jdbc;
    private final MeetingRepository meetings;
    private final Organization organization;
    private final OrganizationScope scope;
    private final MeetingEvents events;
    private final ApprovalPolicy policy;

    private final AuditLog audit;

    MeetingPlans(JdbcClient jdbc, MeetingRepository meetings, Organization organization, OrganizationScope scope,
                 MeetingEvents events, ApprovalPolicy policy, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.organization = organization;
        this.scope = scope;
        this.events = events;
    }

    public Optional<MeetingPlan> plan(long unitId, int year) {
        return jdbc.sql("select * from meetings.meeting_plan where unit_id = ? and year = ?").params(unitId, year)
                .query((rs, n) -> new MeetingPlan(rs.getLong("unit_id"), rs.getInt("year"),
                        PlanRule.valueOf(rs.getString("rule")), rs.getInt("base_year"), rs.getInt("cut_percent"),
                        rs.getInt("baseline"), rs.getInt("quota"))).optional();
    }

    public QuotaStatus status(long unitId, int year) {
        return new QuotaStatus(plan(unitId, year).orElse(null), meetings.countedInYear(unitId, year, null));
    }

    /** Sets the unit's plan; the baseline is counted from its meetings in the base year (or last year). */
    @Transactional
    public MeetingPlan set(Actor actor, long unitId, int year, PlanRule rule, int baseYear, int cutPercent) {
        Unit unit = scope.readableUnit(actor, unitId);
        if (!policy.isDecider(actor, ApprovalPolicy.Matter.MEETING_PLAN, unit.id(), unit.divisionPath(), null)) {
            throw new AccessDeniedException("年度会议计划由上级或本级减负办设定，单位不能为自己设定");
        }
        if (cutPercent < 0 || cutPercent > 100 || (rule == PlanRule.CUT_VS_BASE && baseYear >= year)) {
            throw new RuleViolationException("压减比例须在 0–100 之间，基准年须早于计划年度");
        }
        int from = rule == PlanRule.CUT_VS_BASE ? baseYear : year - 1;
        int baseline = meetings.countedInYear(unit.id(), from, null);
        MeetingPlan plan = new MeetingPlan(unit.id(), year, rule, from, rule == PlanRule.CUT_VS_BASE ? cutPercent : 0,
                baseline, rule.quota(baseline, cutPercent));
        jdbc.sql("""
                        insert into meetings.meeting_plan (unit_id, year, rule, base_year, cut_percent, baseline, quota)
                        values (?,?,?,?,?,?,?) on conflict (unit_id, year) do update set rule = excluded.rule,
                        base_year = excluded.base_year, cut_percent = excluded.cut_percent,
                        baseline = excluded.baseline, quota = excluded.quota""")
                .params(plan.unitId(), year, rule.name(), plan.baseYear(), plan.cutPercent(), baseline, plan.quota())
                .update();
        audit.record(actor, "设定年度会议计划", "unit:" + unit.id(), year + "年：基准 " + plan.baseYear() + " 年 " + baseline
                + " 次，压减 " + plan.cutPercent() + "%，上限 " + plan.quota() + " 次");
        return plan;
    }

    /** The 减负办 that {@link ApprovalPolicy} names (one level up from the organiser) reviews. */
    public void submitExplanation(long meetingId, Unit organiser, String reason) {
        String reviewer = policy.decidingDivision(ApprovalPolicy.Matter.MEETING_OVER_PLAN, organiser);
        jdbc.sql("""
                insert into meetings.quota_explanation (meeting_id, reason, reviewer_division, state)
                values (?,?,?,'PENDING')""").params(meetingId, reason.strip(), reviewer).update();
    }

    /** Explanations waiting for this 减负办 (all of them for the administrator). */
    public List<QuotaExplanation> pendingFor(Actor actor) {
        if (actor.role() != Role.MONITOR && !actor.isAdmin()) {
            return List.of();
        }
        return query("e.state = 'PENDING' and (? or e.reviewer_division = ?)", actor.isAdmin(), actor.divisionCode());
    }

    public Optional<QuotaExplanation> explanation(long meetingId) {
        return query("e.meeting_id = ?", meetingId).stream().findFirst();
    }

    @Transactional
    public Meeting decide(Actor actor, long meetingId, boolean approve, String note) {
        QuotaExplanation e = explanation(meetingId)
                .filter(x -> policy.isDecidingOffice(actor, ApprovalPolicy.Matter.MEETING_OVER_PLAN, x.reviewerDivision()))
                .orElseThrow(() -> new NotFoundException("待审批的超计划说明不存在: " + meetingId));
        if (!"PENDING".equals(e.state())) {
            throw new RuleViolationException("该说明已审批，不能重复审批");
        }
        jdbc.sql("""
                update meetings.quota_explanation set state = ?, decision_note = ?, decided_by = ?, decided_at = ?
                where meeting_id = ?""").params(approve ? "APPROVED" : "REFUSED", note, actor.username(), now(), meetingId)
                .update();
        meetings.setState(meetingId, approve ? MeetingState.PLANNED : MeetingState.REFUSED);
        audit.record(actor, approve ? "批准超计划会议" : "不批准超计划会议", "meeting:" + meetingId, note == null ? "" : note);
        Meeting meeting = meetings.find(meetingId).orElseThrow();
        if (approve) {
            events.scheduled(meeting);
        }
        return meeting;
    }

    private List<QuotaExplanation> query(String where, Object... params) {
        return jdbc.sql("""
                        select e.*, m.title, u.name organiser_name from meetings.quota_explanation e
                        join meetings.meeting m on m.id = e.meeting_id join organization.unit u on u.id = m.organiser_unit_id
                        where\s""" + where + " order by e.submitted_at").params(params)
                .query((rs, n) -> new QuotaExplanation(rs.getLong("meeting_id"), rs.getString("title"),
                        rs.getString("organiser_name"), rs.getString("reason"), rs.getString("reviewer_division"),
                        rs.getString("state"), rs.getString("decision_note"),
                        rs.getTimestamp("submitted_at").toInstant())).list();
    }

    /** "Now" by the application's {@link Clock}, not the database server's. */
    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
