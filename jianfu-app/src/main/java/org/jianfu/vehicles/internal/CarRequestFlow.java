package org.jianfu.vehicles.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jianfu.audit.AuditLog;
import org.jianfu.organization.ApprovalPolicy;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.vehicles.CarReturned;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The car request's life: request → leader approves (or not) → clerk dispatches a vehicle and a
 * driver → returned with the distance. Every read and write checks the actor's scope here.
 */
@Service
class CarRequestFlow {

    private static final Duration LONGEST_TRIP = Duration.ofDays(7);
    /** A request may be made a little after the car has left (filled in on the way, or synced late). */
    private static final Duration LATE_GRACE = Duration.ofHours(2);

    private final CarRequests requests;
    private final Fleet fleet;
    private final Organization organization;
    private final CarReminders reminders;
    private final ApplicationEventPublisher events;

    private final Clock clock;
    private final ApprovalPolicy policy;

    private final AuditLog audit;

    CarRequestFlow(CarRequests requests, Fleet fleet, Organization organization, CarReminders reminders,
                   ApplicationEventPublisher events, Clock clock, ApprovalPolicy policy, AuditLog audit) {
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
        this.requests = requests;
        this.fleet = fleet;
        this.organization = organization;
        this.reminders = reminders;
        this.events = events;
    }

    @Transactional
    long request(Actor actor, NewCarRequest form) {
        if (form.clientKey() != null && !form.clientKey().isBlank()) {
            var earlier = requests.byClientKey(form.clientKey());
            if (earlier.isPresent()) {
                return view(actor, earlier.get()).id(); // a replayed offline submission: the first copy counts
            }
        }
        Instant startsAt = form.startsAt().atZone(CarRequest.CHINA).toInstant();
        Instant endsAt = form.endsAt().atZone(CarRequest.CHINA).toInstant();
        if (!endsAt.isAfter(startsAt)) {
            throw new RuleViolationException("返回时间须晚于出发时间");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST_TRIP) > 0) {
            throw new RuleViolationException("单次用车不超过7天，长途出差请分段申请");
        }
        if (startsAt.isBefore(clock.instant().minus(LATE_GRACE))) {
            throw new BookingConflict("出发时间已过，请修改用车时间后重新提交");
        }
        List<Long> duplicates = requests.openOverlapping(actor.accountId(), startsAt, endsAt);
        if (!duplicates.isEmpty()) {
            throw new BookingConflict("您在该时段已有用车申请（编号 " + duplicates.getFirst() + "），请勿重复申请");
        }
        Unit carUnit = carUnitOf(actor.unitId());
        long id = requests.insert(new CarRequests.NewRow(carUnit.id(), actor.accountId(), actor.unitId(),
                form.purpose().strip(), startsAt, endsAt, form.fromPlace().strip(), form.toPlace().strip(),
                form.passengers(), blankToNull(form.clientKey())));
        reminders.toLeaders(view(actor, id));
        return id;
    }

    /** The request if the actor may see it: the requester, the car unit, or a burden office above it. */
    CarRequest view(Actor actor, long id) {
        return requests.find(id).filter(r -> mayRead(actor, r))
                .orElseThrow(() -> new NotFoundException("用车申请不存在或不在本账号范围内: " + id));
    }

    @Transactional
    void approve(Actor actor, long id) {
        CarRequest r = lockedForLeader(actor, id);
        requests.decide(id, CarRequestState.APPROVED, actor.accountId(), null);
        audit.record(actor, "批准用车", "car-request:" + id, "");
        reminders.toClerks(r);
        reminders.toRequester(r, "您的用车申请已批准，等待派车");
    }

    @Transactional
    void reject(Actor actor, long id, String note) {
        CarRequest r = lockedForLeader(actor, id);
        String reason = note == null || note.isBlank() ? null : note.strip();
        requests.decide(id, CarRequestState.REJECTED, actor.accountId(), reason);
        audit.record(actor, "不批准用车", "car-request:" + id, reason == null ? "" : reason);
        reminders.toRequester(r, "您的用车申请未获批准" + (reason == null ? "" : "：" + reason));
    }

    @Transactional
    void dispatch(Actor actor, long id, long vehicleId, long driverId) {
        CarRequest r = locked(actor, id);
        requireUnitRole(actor, r, Role.CLERK, "只有本单位文书可以派车");
        requireState(r, CarRequestState.APPROVED, "只有已批准的申请可以派车");
        Fleet.Vehicle vehicle = fleet.vehicle(vehicleId).filter(v -> v.unitId() == r.unitId())
                .orElseThrow(() -> new RuleViolationException("请选择本单位的在用车辆"));
        Fleet.Driver driver = fleet.driver(driverId).filter(d -> d.unitId() == r.unitId())
                .orElseThrow(() -> new RuleViolationException("请选择本单位的驾驶员"));
        if (r.passengers() > vehicle.seats() - 1) {
            throw new RuleViolationException("车辆 " + vehicle.plate() + " 除驾驶员外只有 " + (vehicle.seats() - 1) + " 个座位");
        }
        fleet.overlapping("vehicle_id", vehicleId, r.startsAt(), r.endsAt()).ifPresent(b -> {
            throw new BookingConflict("车辆 " + vehicle.plate() + " 在该时段已派出（申请编号 " + b.requestId() + "）");
        });
        fleet.overlapping("driver_id", driverId, r.startsAt(), r.endsAt()).ifPresent(b -> {
            throw new BookingConflict("驾驶员 " + driver.name() + " 在该时段已有出车任务（申请编号 " + b.requestId() + "）");
        });
        try {
            requests.dispatch(id, vehicleId, driverId, actor.accountId());
        } catch (DataIntegrityViolationException e) {
            // two clerks dispatching at the same moment: the exclusion constraint decides
            throw new BookingConflict("该车辆或驾驶员在该时段刚被派出，请重新选择");
        }
        audit.record(actor, "派车", "car-request:" + id, vehicle.plate() + "，驾驶员 " + driver.name());
        reminders.toRequester(r, "已派车：" + vehicle.plate() + "，驾驶员 " + driver.name() + " " + driver.phone());
    }

    @Transactional
    void markReturned(Actor actor, long id, int km) {
        CarRequest r = locked(actor, id);
        boolean clerk = actor.role() == Role.CLERK && actor.unitId() == r.unitId();
        if (!clerk && actor.accountId() != r.requesterId()) {
            throw new AccessDeniedException("只有本单位文书或申请人可以登记还车");
        }
        requireState(r, CarRequestState.DISPATCHED, "只有已派出的车辆可以登记还车");
        if (km < 0 || km > 5000) {
            throw new RuleViolationException("行驶里程应在 0 到 5000 公里之间");
        }
        requests.markReturned(id, km);
        events.publishEvent(new CarReturned(id, r.unitId(), r.startsAt().atZone(CarRequest.CHINA).toLocalDate(), km, r.hours()));
    }

    @Transactional
    void cancel(Actor actor, long id) {
        CarRequest r = locked(actor, id);
        if (actor.accountId() != r.requesterId()) {
            throw new AccessDeniedException("只有申请人可以撤回");
        }
        if (r.state() != CarRequestState.SUBMITTED && r.state() != CarRequestState.APPROVED) {
            throw new RuleViolationException("已派车或已办结的申请不能撤回");
        }
        requests.cancel(id);
    }

    /** Whose cars a unit's people use: its own, or for a village committee its township government's. */
    Unit carUnitOf(long unitId) {
        Unit unit = organization.unit(unitId).orElseThrow(() -> new NotFoundException("单位不存在: " + unitId));
        if (unit.kind() != UnitKind.VILLAGE_COMMITTEE) {
            return unit;
        }
        String township = organization.division(unit.divisionCode()).orElseThrow().parentCode();
        return organization.unitsOf(township).stream().filter(u -> u.kind() == UnitKind.GOVERNMENT).findFirst()
                .orElseThrow(() -> new RuleViolationException("未找到所属乡镇政府，无法申请用车"));
    }

    private boolean mayRead(Actor actor, CarRequest r) {
        if (r.requesterId() == actor.accountId()) {
            return true;
        }
        return organization.unit(r.unitId()).map(u -> actor.mayReadUnit(u.id(), u.divisionPath())).orElse(false);
    }

    /** May the actor approve or refuse this request now (a leader of the unit, not its requester)? */
    boolean mayDecide(Actor actor, CarRequest r) {
        return r.state() == CarRequestState.SUBMITTED && r.requesterId() != actor.accountId()
                && policy.isDecider(actor, ApprovalPolicy.Matter.CAR_REQUEST, r.unitId(), null, null);
    }

    private CarRequest locked(Actor actor, long id) {
        view(actor, id);
        return requests.findForUpdate(id).orElseThrow();
    }

    private CarRequest lockedForLeader(Actor actor, long id) {
        CarRequest r = locked(actor, id);
        if (!policy.isDecider(actor, ApprovalPolicy.Matter.CAR_REQUEST, r.unitId(), null, null)) {
            throw new AccessDeniedException("只有本单位领导可以审批用车申请");
        }
        policy.requireNotOwn(actor, ApprovalPolicy.Matter.CAR_REQUEST, r.requesterId());
        requireState(r, CarRequestState.SUBMITTED, "该申请已处理（" + r.state().label() + "）");
        return r;
    }

    private static void requireUnitRole(Actor actor, CarRequest r, Role role, String message) {
        if (actor.role() != role || actor.unitId() != r.unitId()) {
            throw new AccessDeniedException(message);
        }
    }

    private static void requireState(CarRequest r, CarRequestState state, String message) {
        if (r.state() != state) {
            throw new BookingConflict(message);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
