package org.jianfu.inspections.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jianfu.meetings.Meetings;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.todo.TodoItem;
import org.jianfu.todo.TodoSource;
import org.springframework.stereotype.Component;

/**
 * 待办 from inspections: visits to host in the next two weeks, plans waiting for the 减负办, and
 * the department's coming visits on a day the inspected units already have something else.
 */
@Component
class InspectionTodos implements TodoSource {

    private static final ZoneId CHINA = org.jianfu.platform.time.ChinaTime.ZONE;

    private final InspectionCalendar calendar;
    private final InspectionPlans plans;
    private final InspectionRepository inspections;
    private final Meetings meetings;

    private final Clock clock;

    InspectionTodos(InspectionCalendar calendar, InspectionPlans plans, InspectionRepository inspections, Meetings meetings, Clock clock) {
        this.clock = clock;
        this.calendar = calendar;
        this.plans = plans;
        this.inspections = inspections;
        this.meetings = meetings;
    }

    @Override
    public List<TodoItem> itemsFor(Actor actor) {
        List<TodoItem> items = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        calendar.entriesFor(List.of(actor.unitId()), today, today.plusDays(14)).forEach(e -> items.add(new TodoItem(
                "待接待检查", e.title(), e.organiserName() + " · " + e.start().toLocalDate() + " · " + e.place(), e.href(),
                e.start().atZone(CHINA).toInstant(), e.start().toLocalDate().isBefore(today.plusDays(3)))));
        plans.awaiting(actor).forEach(p -> items.add(new TodoItem("待审批", p.year() + "年督查检查计划：" + p.departmentName(),
                p.items().size() + " 项", "/inspections/plans/" + p.id(), null, false)));
        if (actor.role() == Role.CLERK || actor.role() == Role.LEADER) {
            inspections.ofUnit(actor.unitId(), 20).stream()
                    .filter(i -> i.departmentUnitId() == actor.unitId() && "SCHEDULED".equals(i.state())
                            && !i.scheduledOn().isBefore(today) && i.scheduledOn().isBefore(today.plusDays(30)))
                    .forEach(i -> {
                        int n = Clashes.of(i, meetings).size();
                        if (n > 0) {
                            items.add(new TodoItem("日程冲突", i.itemTitle(), "被检查单位当天另有 " + n + " 项安排",
                                    "/inspections/" + i.id(), i.scheduledOn().atStartOfDay(CHINA).toInstant(), true));
                        }
                    });
        }
        return items;
    }
}
