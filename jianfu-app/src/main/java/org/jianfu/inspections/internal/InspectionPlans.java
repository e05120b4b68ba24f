package org.jianfu.inspections.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jianfu.audit.AuditLog;
import org.jianfu.inspections.InspectionPlanDecided;
import org.jianfu.organization.ApprovalPolicy;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual inspection plans (计划报批制): a department writes items, submits the plan to the 减负办 of
 * its division, which approves or refuses it. Nothing outside an approved plan can be scheduled.
 */
@Service
public class InspectionPlans {

    private final Clock clock;
    private final JdbcClient jdbc;
    private final Organization organization;
    private final PlanChecks checks;
    private final ApplicationEventPublisher events;
    private final ApprovalPolicy policy;

    private final AuditLog audit;

    InspectionPlans(JdbcClient jdbc, Organization organization, InspectionLimits limits, ApplicationEventPublisher events,
                    ApprovalPolicy policy, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
        this.jdbc = jdbc;
        this.organization = organization;
        this.checks = new PlanChecks(limits);
        this.events = events;
    }

    /** Adds an item to the actor's own plan for the item's year (made on first use), with its 留痕 flags. */
    @Transactional
    public PlanItem addItem(Actor actor, PlanItemDraft d) {
        Unit department = checked(actor, d);
        long planId = planFor(department, d.windowFrom().getYear());
        InspectionPlan plan = plan(planId).orElseThrow();
        if (!writable(plan)) {
            throw new RuleViolationException("计划已报批，不能再增加事项");
        }
        List<String> flags = checks.paperTrail(d.method(), d.materials());
        long id = jdbc.sql("""
                        insert into inspections.plan_item (plan_id, title, purpose, comprehensive, target_unit_ids,
                            window_from, window_to, method, materials, on_site, paper_trail)
                        values (?,?,?,?,?,?,?,?,?,?,?) returning id""")
                .params(planId, d.title().strip(), nz(d.purpose()), d.comprehensive(),
                        d.targetUnitIds().stream().distinct().toArray(Long[]::new), Date.valueOf(d.windowFrom()),
                        Date.valueOf(d.windowTo()), nz(d.method()), nz(d.materials()), d.onSite(), flags.toArray(String[]::new))
                .query(Long.class).single();
        return items(planId).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    /**
     * Changes an item while its plan is a draft or was sent back, with its 留痕 flags found afresh: a flagged item
     * must be fixable, or its department could never submit the plan.
     */
    @Transactional
    public PlanItem updateItem(Actor actor, long itemId, PlanItemDraft d) {
        PlanItem item = editable(actor, itemId);
        checked(actor, d);
        int year = plan(item.planId()).orElseThrow().year();
        if (d.windowFrom().getYear() != year) {
            throw new RuleViolationException("检查时间窗口须在本计划的年度（" + year + " 年）内");
        }
        jdbc.sql("""
                        update inspections.plan_item set title = ?, purpose = ?, comprehensive = ?, target_unit_ids = ?,
                            window_from = ?, window_to = ?, method = ?, materials = ?, on_site = ?, paper_trail = ?
                        where id = ?""")
                .params(d.title().strip(), nz(d.purpose()), d.comprehensive(),
                        d.targetUnitIds().stream().distinct().toArray(Long[]::new), Date.valueOf(d.windowFrom()),
                        Date.valueOf(d.windowTo()), nz(d.method()), nz(d.materials()), d.onSite(),
                        checks.paperTrail(d.method(), d.materials()).toArray(String[]::new), itemId)
                .update();
        return item(itemId).orElseThrow();
    }

    /** Removes an item while its plan is a draft or was sent back. */
    @Transactional
    public void deleteItem(Actor actor, long itemId) {
        editable(actor, itemId);
        jdbc.sql("delete from inspections.plan_item where id = ?").param(itemId).update();
    }

    /** The actor's own department's item in a plan still being written (草稿 or 已退回); others' are "not found". */
    public PlanItem editable(Actor actor, long itemId) {
        PlanItem item = item(itemId).orElseThrow(() -> new NotFoundException("计划事项不存在: " + itemId));
        InspectionPlan plan = plan(item.planId()).orElseThrow();
        if (plan.departmentUnitId() != actor.unitId() || (actor.role() != Role.CLERK && actor.role() != Role.LEADER)) {
            throw new NotFoundException("计划事项不存在或不在本账号范围内: " + itemId);
        }
        if (!writable(plan)) {
            throw new RuleViolationException("计划已报批，事项不能再修改或删除");
        }
        return item;
    }

    /** A plan's items may be added, changed and removed while it is a draft or was sent back. */
    static boolean writable(InspectionPlan plan) {
        return "DRAFT".equals(plan.state()) || "REFUSED".equals(plan.state());
    }

    /** The actor's department, after the rules every item meets: who writes, the window, the targets, the title. */
    private Unit checked(Actor actor, PlanItemDraft d) {
        Unit department = organization.unit(actor.unitId()).orElseThrow();
        if ((actor.role() != Role.CLERK && actor.role() != Role.LEADER) || department.kind() == UnitKind.VILLAGE_COMMITTEE) {
            throw new RuleViolationException("只有机关单位的文书或领导可以编制督查检查计划");
        }
        org.jianfu.platform.text.Titles.checked("检查事项名称", d.title());
        if (d.windowTo().isBefore(d.windowFrom()) || d.windowFrom().getYear() != d.windowTo().getYear()) {
            throw new RuleViolationException("检查时间窗口须在同一年内，且结束不早于开始");
        }
        for (Unit target : organization.units(d.targetUnitIds())) {
            if (!org.jianfu.platform.DivisionPaths.within(target.divisionPath(), department.divisionPath())
                    || target.divisionPath().equals(department.divisionPath())) {
                throw new RuleViolationException(target.name() + "不是本级以下的检查对象");
            }
        }
        return department;
    }

    @Transactional
    public InspectionPlan submit(Actor actor, long planId) {
        InspectionPlan plan = readable(actor, planId);
        if (plan.departmentUnitId() != actor.unitId() || actor.role() == Role.CADRE) {
            throw new RuleViolationException("只有本部门可以报批本部门的计划");
        }
        if (!writable(plan)) {
            throw new RuleViolationException("计划已报批");
        }
        Integer lastYear = jdbc.sql("""
                        select count(i.id)::int from inspections.plan p join inspections.plan_item i on i.plan_id = p.id
                        where p.department_unit_id = ? and p.year = ? and p.state = 'APPROVED' group by p.id""")
                .params(plan.departmentUnitId(), plan.year() - 1).query(Integer.class).optional().orElse(null);
        List<String> problems = checks.submissionProblems(plan.items(), lastYear);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(String.join("；", problems));
        }
        jdbc.sql("update inspections.plan set state = 'SUBMITTED' where id = ?").param(planId).update();
        audit.record(actor, "报批督查检查计划", "inspection-plan:" + planId, plan.year() + "年，" + plan.items().size() + " 项");
        return plan(planId).orElseThrow();
    }

    @Transactional
    public InspectionPlan decide(Actor actor, long planId, boolean approve, String note) {
        InspectionPlan plan = plan(planId)
                .filter(p -> policy.isDecider(actor, ApprovalPolicy.Matter.INSPECTION_PLAN, p.departmentUnitId(), null, p.reviewerDivision()))
                .orElseThrow(() -> new NotFoundException("待审批的督查检查计划不存在: " + planId));
        if (!"SUBMITTED".equals(plan.state())) {
            throw new RuleViolationException("只有已报批的计划可以审批");
        }
        jdbc.sql("update inspections.plan set state = ?, decision_note = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(approve ? "APPROVED" : "REFUSED", note, actor.username(), now(), planId).update();
        audit.record(actor, approve ? "批准督查检查计划" : "不批准督查检查计划", "inspection-plan:" + planId, note == null ? "" : note);
        events.publishEvent(new InspectionPlanDecided(planId, plan.departmentUnitId(), plan.year(), approve, plan.items().size()));
        return plan(planId).orElseThrow();
    }

    /** The department, its 减负办 (and those above) may read a plan. */
    public InspectionPlan readable(Actor actor, long planId) {
        return plan(planId).filter(p -> organization.unit(p.departmentUnitId())
                        .map(u -> actor.mayReadUnit(u.id(), u.divisionPath())).orElse(false))
                .orElseThrow(() -> new NotFoundException("督查检查计划不存在或不在本账号范围内: " + planId));
    }

    public List<InspectionPlan> ofDepartment(long unitId) {
        return jdbc.sql("select id from inspections.plan where department_unit_id = ? order by year desc").param(unitId)
                .query(Long.class).list().stream().map(id -> plan(id).orElseThrow()).toList();
    }

    public List<InspectionPlan> awaiting(Actor actor) {
        if (actor.role() != Role.MONITOR && !actor.isAdmin()) {
            return List.of();
        }
        return jdbc.sql("select id from inspections.plan where state = 'SUBMITTED' and (? or reviewer_division = ?) order by id")
                .params(actor.isAdmin(), actor.divisionCode()).query(Long.class).list().stream()
                .map(id -> plan(id).orElseThrow()).toList();
    }

    public Optional<InspectionPlan> plan(long id) {
        return jdbc.sql("""
                        select p.*, u.name department_name from inspections.plan p
                        join organization.unit u on u.id = p.department_unit_id where p.id = ?""").param(id)
                .query((rs, n) -> new InspectionPlan(rs.getLong("id"), rs.getLong("department_unit_id"),
                        rs.getString("department_name"), rs.getInt("year"), rs.getString("state"),
                        rs.getString("reviewer_division"), rs.getString("decision_note"), List.of()))
                .optional().map(p -> new InspectionPlan(p.id(), p.departmentUnitId(), p.departmentName(), p.year(),
                        p.state(), p.reviewerDivision(), p.decisionNote(), items(p.id())));
    }

    public Optional<PlanItem> item(long itemId) {
        return jdbc.sql("select * from inspections.plan_item where id = ?").param(itemId).query(InspectionPlans::item).optional();
    }

    List<PlanItem> items(long planId) {
        return jdbc.sql("select * from inspections.plan_item where plan_id = ? order by id").param(planId)
                .query(InspectionPlans::item).list();
    }

    private long planFor(Unit department, int year) {
        jdbc.sql("""
                insert into inspections.plan (department_unit_id, year, state, reviewer_division)
                values (?,?,'DRAFT',?) on conflict (department_unit_id, year) do nothing""")
                .params(department.id(), year, policy.decidingDivision(ApprovalPolicy.Matter.INSPECTION_PLAN, department)).update();
        return jdbc.sql("select id from inspections.plan where department_unit_id = ? and year = ?")
                .params(department.id(), year).query(Long.class).single();
    }

    static PlanItem item(ResultSet rs, int row) throws SQLException {
        return new PlanItem(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("title"), rs.getString("purpose"),
                rs.getBoolean("comprehensive"), longs(rs.getArray("target_unit_ids")),
                rs.getDate("window_from").toLocalDate(), rs.getDate("window_to").toLocalDate(), rs.getString("method"),
                rs.getString("materials"), rs.getBoolean("on_site"),
                Arrays.asList((String[]) rs.getArray("paper_trail").getArray()));
    }

    static List<Long> longs(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    /** "Now" by the application's {@link Clock}, not the database server's. */
    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
