package org.jianfu.meetings.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jianfu.meetings.MeetingType;
import org.jianfu.meetings.internal.plan.MeetingPlans;
import org.jianfu.meetings.internal.plan.QuotaStatus;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning, reading and running meetings, with the actor's scope applied to every read and write:
 * the organiser unit, the invited units and the 减负办 above either may read; only the organiser
 * changes a meeting; only an invited unit confirms and signs in.
 */
@Service
public class MeetingDesk {

    private final MeetingRepository meetings;
    private final MeetingPlans plans;
    private final Organization organization;
    private final MeetingEvents events;
    private final MeetingRules rules;

    private final Clock clock;

    MeetingDesk(MeetingRepository meetings, MeetingPlans plans, Organization organization, MeetingEvents events,
                MeetingLimits limits, Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.plans = plans;
        this.organization = organization;
        this.events = events;
        this.rules = new MeetingRules(limits);
    }

    @Transactional
    public Meeting plan(Actor actor, MeetingDraft draft) {
        if (actor.role() != Role.CLERK && actor.role() != Role.LEADER) {
            throw new RuleViolationException("只有单位文书或单位领导可以安排会议");
        }
        org.jianfu.platform.text.Titles.checked("会议名称", draft.title());
        Unit organiser = organization.unit(actor.unitId()).orElseThrow();
        List<Unit> invited = organization.units(draft.invitedUnitIds());
        if (invited.size() != draft.invitedUnitIds().stream().distinct().count()) {
            throw new RuleViolationException("参会单位中有不存在的单位");
        }
        int year = draft.startsAt().getYear();
        int comprehensive = meetings.countedInYear(organiser.id(), year, MeetingType.COMPREHENSIVE);
        List<String> violations = rules.violations(draft, organiser, invited, comprehensive, LocalDateTime.now(clock));
        if (!violations.isEmpty()) {
            throw new RuleViolationException(String.join("；", violations));
        }
        QuotaStatus quota = plans.status(organiser.id(), year);
        boolean over = quota.full();
        if (over && (draft.overQuotaReason() == null || draft.overQuotaReason().isBlank())) {
            throw new RuleViolationException("本单位" + year + "年会议计划为" + quota.plan().quota() + "次，已安排"
                    + quota.used() + "次；超出计划须填写理由，报上一级减负办审批");
        }
        long id = meetings.insert(organiser.id(), draft, over ? MeetingState.AWAITING_APPROVAL : MeetingState.PLANNED);
        Meeting meeting = meetings.find(id).orElseThrow();
        if (over) {
            plans.submitExplanation(id, organiser, draft.overQuotaReason());
        } else {
            events.scheduled(meeting);
        }
        return meeting;
    }

    public Meeting readable(Actor actor, long meetingId) {
        return meetings.find(meetingId).filter(m -> mayRead(actor, m))
                .orElseThrow(() -> missing(meetingId));
    }

    public boolean isOrganiser(Actor actor, Meeting m) {
        return actor.unitId() == m.organiserUnitId() && actor.role() != Role.CADRE;
    }

    public boolean isInvited(Actor actor, Meeting m) {
        return meetings.isInvited(m.id(), actor.unitId());
    }

    @Transactional
    public void confirm(Actor actor, long meetingId) {
        Meeting m = invitedTo(actor, meetingId);
        meetings.confirm(m.id(), actor.unitId());
    }

    /** Sign-in on the phone from two hours before the start until the end; no photo, no location. */
    @Transactional
    public void signIn(Actor actor, long meetingId) {
        Meeting m = invitedTo(actor, meetingId);
        LocalDateTime now = LocalDateTime.now(clock);
        if (now.isBefore(m.startsAt().minusHours(2)) || now.isAfter(m.endsAt())) {
            throw new RuleViolationException("会议开始前两小时至会议结束之间才能签到");
        }
        meetings.signIn(m.id(), actor.unitId());
    }

    @Transactional
    public Meeting markHeld(Actor actor, long meetingId) {
        Meeting m = organisedBy(actor, meetingId);
        if (m.startsAt().isAfter(LocalDateTime.now(clock))) {
            throw new RuleViolationException("会议尚未开始，不能标记为已召开");
        }
        meetings.setState(m.id(), MeetingState.HELD);
        Meeting held = meetings.find(m.id()).orElseThrow();
        events.held(held);
        return held;
    }

    /** Stores the 纪要 text; issuing it as a 公文 is left to the documents module. */
    @Transactional
    public void saveMinutes(Actor actor, long meetingId, String minutes) {
        Meeting m = organisedBy(actor, meetingId);
        if (m.state() != MeetingState.HELD) {
            throw new RuleViolationException("会议召开后才能填写纪要");
        }
        meetings.saveMinutes(m.id(), minutes == null ? "" : minutes.strip());
    }

    @Transactional
    public void cancel(Actor actor, long meetingId) {
        Meeting m = organisedBy(actor, meetingId);
        if (m.state() != MeetingState.PLANNED && m.state() != MeetingState.AWAITING_APPROVAL) {
            throw new RuleViolationException("只有尚未召开的会议可以取消");
        }
        meetings.setState(m.id(), MeetingState.CANCELLED);
        events.cancelled(m, null);
    }

    private Meeting invitedTo(Actor actor, long meetingId) {
        Meeting m = readable(actor, meetingId);
        if (!isInvited(actor, m)) {
            throw new RuleViolationException("本单位未受邀参加此会议");
        }
        if (m.state() != MeetingState.PLANNED) {
            throw new RuleViolationException("会议" + m.state().label() + "，无需确认或签到");
        }
        return m;
    }

    private Meeting organisedBy(Actor actor, long meetingId) {
        Meeting m = readable(actor, meetingId);
        if (!isOrganiser(actor, m)) {
            throw new RuleViolationException("只有主办单位可以操作此会议");
        }
        return m;
    }

    private boolean mayRead(Actor actor, Meeting m) {
        Unit organiser = organization.unit(m.organiserUnitId()).orElseThrow();
        if (actor.mayReadUnit(organiser.id(), organiser.divisionPath()) || isInvited(actor, m)) {
            return true;
        }
        return actor.role() == Role.MONITOR && organization.units(meetings.invitedUnitIds(m.id())).stream()
                .anyMatch(u -> actor.monitors(u.divisionPath()));
    }

    private static NotFoundException missing(long id) {
        return new NotFoundException("会议不存在或不在本账号范围内: " + id);
    }
}
