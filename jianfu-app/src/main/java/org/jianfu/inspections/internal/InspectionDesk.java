package org.jianfu.inspections.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jianfu.inspections.InspectionScheduled;
import org.jianfu.inspections.InspectionsJoined;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.DivisionPaths;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling inspections from approved plan items (with the monthly cap per county), joint
 * inspections, and results that the inspected units see. Scope on every read and write.
 */
@Service
public class InspectionDesk {

    private final InspectionRepository inspections;
    private final InspectionPlans plans;
    private final Organization organization;
    private final InspectionLimits limits;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    InspectionDesk(InspectionRepository inspections, InspectionPlans plans, Organization organization,
                   InspectionLimits limits, ApplicationEventPublisher events, JdbcClient jdbc) {
        this.inspections = inspections;
        this.plans = plans;
        this.organization = organization;
        this.limits = limits;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Transactional
    public Inspection schedule(Actor actor, long itemId, LocalDate date, List<Long> targetUnitIds, boolean onSite) {
        PlanItem item = plans.item(itemId).orElseThrow(() -> new NotFoundException("计划事项不存在: " + itemId));
        InspectionPlan plan = plans.plan(item.planId()).orElseThrow();
        if (plan.departmentUnitId() != actor.unitId() || actor.role() == Role.CADRE) {
            throw new NotFoundException("计划事项不存在: " + itemId);
        }
        if (!"APPROVED".equals(plan.state())) {
            throw new RuleViolationException("计划未经减负办批准备案，不能安排检查（计划报批制）");
        }
        if (date.isBefore(item.windowFrom()) || date.isAfter(item.windowTo())) {
            throw new RuleViolationException("检查日期须在计划时间窗口 " + item.windowFrom() + " 至 " + item.windowTo() + " 内");
        }
        List<Unit> itemTargets = organization.units(item.targetUnitIds());
        List<Unit> targets = organization.units(targetUnitIds);
        if (targets.isEmpty() || targets.size() != targetUnitIds.stream().distinct().count()) {
            throw new RuleViolationException("请选择检查对象");
        }
        for (Unit t : targets) {
            if (itemTargets.stream().noneMatch(i -> DivisionPaths.within(t.divisionPath(), i.divisionPath()))) {
                throw new RuleViolationException(t.name() + "不在计划事项的检查对象范围内");
            }
        }
        if (onSite && !item.onSite()) {
            throw new RuleViolationException("计划事项未列明现场检查，不能安排现场检查");
        }
        if (onSite) {
            for (String county : targets.stream().map(InspectionDesk::countyPath).distinct().toList()) {
                int hosted = inspections.onSiteInCountyMonth(county, date);
                if (hosted >= limits.monthlyOnSitePerCounty()) {
                    String name = organization.division(county.substring(county.lastIndexOf('.') + 1)).map(d -> d.name()).orElse(county);
                    throw new RuleViolationException(name + date.getMonthValue() + "月已安排现场督查检查" + hosted
                            + "次，达到每月上限" + limits.monthlyOnSitePerCounty() + "次");
                }
            }
        }
        long id = inspections.insert(item.id(), plan.departmentUnitId(), date, onSite, targetUnitIds);
        events.publishEvent(new InspectionScheduled(id, item.id(), plan.departmentUnitId(), List.copyOf(targetUnitIds), date, onSite));
        return inspections.find(id).orElseThrow();
    }

    public Inspection readable(Actor actor, long inspectionId) {
        return inspections.find(inspectionId).filter(i -> mayRead(actor, i))
                .orElseThrow(() -> new NotFoundException("督查检查不存在或不在本账号范围内: " + inspectionId));
    }

    /** Findings and rectification, written by the department and shown to the inspected units. */
    @Transactional
    public Inspection recordResult(Actor actor, long inspectionId, String findings, String rectification) {
        Inspection i = readable(actor, inspectionId);
        if (i.departmentUnitId() != actor.unitId() || actor.role() == Role.CADRE) {
            throw new RuleViolationException("只有检查部门可以填写检查结果");
        }
        if (findings == null || findings.isBlank()) {
            throw new RuleViolationException("请填写发现的问题（没有问题也请写明）");
        }
        jdbc.sql("update inspections.inspection set state = 'DONE', findings = ?, rectification = ? where id = ?")
                .params(findings.strip(), rectification == null ? "" : rectification.strip(), i.id()).update();
        return inspections.find(i.id()).orElseThrow();
    }

    /** Joint-inspection proposals for a 减负办's subtree. */
    public List<List<Inspection>> jointProposals(Actor actor) {
        if (actor.role() != Role.MONITOR && !actor.isAdmin()) {
            return List.of();
        }
        List<Inspection> scheduled = inspections.scheduledBelow(actor.browseRoot());
        Map<Long, String> areas = new HashMap<>();
        organization.units(scheduled.stream().flatMap(i -> i.targetUnitIds().stream()).distinct().toList())
                .forEach(u -> areas.put(u.id(), areaOf(u)));
        return new OverlapFinder(limits.overlapWindowDays()).find(scheduled, areas);
    }

    /** Accepts the proposal that starts with {@code firstInspectionId}: one joint date, recorded. */
    @Transactional
    public List<Inspection> join(Actor actor, long firstInspectionId) {
        List<Inspection> group = jointProposals(actor).stream().filter(g -> g.getFirst().id() == firstInspectionId)
                .findFirst().orElseThrow(() -> new NotFoundException("没有以该检查开始的联合督查建议: " + firstInspectionId));
        LocalDate day = group.getFirst().scheduledOn();
        long jointId = jdbc.sql("insert into inspections.joint (held_on, accepted_by) values (?,?) returning id")
                .params(Date.valueOf(day), actor.username()).query(Long.class).single();
        List<Long> ids = group.stream().map(Inspection::id).toList();
        jdbc.sql("update inspections.inspection set joint_id = ?, scheduled_on = ? where id = any(?)")
                .params(jointId, Date.valueOf(day), ids.toArray(Long[]::new)).update();
        List<Long> targets = group.stream().flatMap(i -> i.targetUnitIds().stream()).distinct().toList();
        events.publishEvent(new InspectionsJoined(jointId, ids, targets, day));
        return ids.stream().map(id -> inspections.find(id).orElseThrow()).toList();
    }

    public Optional<Inspection> find(long id) {
        return inspections.find(id);
    }

    private boolean mayRead(Actor actor, Inspection i) {
        if (i.targetUnitIds().contains(actor.unitId())) {
            return true;
        }
        Unit department = organization.unit(i.departmentUnitId()).orElseThrow();
        return actor.mayReadUnit(department.id(), department.divisionPath())
                || (actor.role() == Role.MONITOR && organization.units(i.targetUnitIds()).stream()
                .anyMatch(u -> actor.monitors(u.divisionPath())));
    }

    /** The township of a unit at or below township level, else the unit's own division. */
    static String areaOf(Unit u) {
        String[] parts = u.divisionPath().split("\\.");
        return u.divisionLevel().compareTo(DivisionLevel.TOWNSHIP) >= 0 ? parts[3] : u.divisionCode();
    }

    /** The county path (62.6201.620102) of a unit at or below county level; higher units keep their own. */
    static String countyPath(Unit u) {
        String[] parts = u.divisionPath().split("\\.");
        return parts.length >= 3 ? String.join(".", parts[0], parts[1], parts[2]) : u.divisionPath();
    }
}
