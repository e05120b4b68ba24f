package org.jianfu.meetings.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jianfu.meetings.internal.calendar.Calendar;
import org.jianfu.meetings.internal.plan.MeetingPlans;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.todo.TodoItem;
import org.jianfu.todo.TodoSource;
import org.springframework.stereotype.Component;

/** 待办 from meetings: invitations to confirm, over-quota explanations to decide, conflicts of own meetings. */
@Component
class MeetingTodos implements TodoSource {

    private static final ZoneId CHINA = org.jianfu.platform.time.ChinaTime.ZONE;

    private final MeetingRepository meetings;
    private final MeetingPlans plans;
    private final Calendar calendar;

    private final Clock clock;

    MeetingTodos(MeetingRepository meetings, MeetingPlans plans, Calendar calendar, Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.plans = plans;
        this.calendar = calendar;
    }

    @Override
    public List<TodoItem> itemsFor(Actor actor) {
        List<TodoItem> items = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock);
        for (Meeting m : meetings.toConfirm(actor.unitId(), now)) {
            items.add(new TodoItem("待确认参会", m.title(), m.organiserName() + " · " + m.startsAt().toString().replace('T', ' '),
                    "/meetings/" + m.id(), m.startsAt().atZone(CHINA).toInstant(), m.startsAt().isBefore(now.plusDays(2))));
        }
        plans.pendingFor(actor).forEach(e -> items.add(new TodoItem("待审批", "超计划会议：" + e.meetingTitle(),
                e.organiserName(), "/meetings/plan", e.submittedAt(), false)));
        if (actor.role() == Role.CLERK || actor.role() == Role.LEADER) {
            items.addAll(conflictsOfOwnMeetings(actor));
        }
        return items;
    }

    /** Own meetings of the next month whose invited units have something else that day. */
    private List<TodoItem> conflictsOfOwnMeetings(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        List<TodoItem> items = new ArrayList<>();
        meetings.ofUnitBetween(actor.unitId(), today, today.plusDays(30)).stream()
                .filter(m -> m.organiserUnitId() == actor.unitId()).limit(10).forEach(m -> {
                    int n = calendar.conflictsOf("meeting:" + m.id(), meetings.invitedUnitIds(m.id()), m.date()).size();
                    if (n > 0) {
                        items.add(new TodoItem("日程冲突", m.title(), n + " 个参会单位当天另有安排",
                                "/meetings/" + m.id(), m.startsAt().atZone(CHINA).toInstant(), true));
                    }
                });
        return items;
    }
}
