package org.jianfu.inspections.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jianfu.platform.Actor;
import org.jianfu.todo.TodoItem;
import org.jianfu.todo.TodoSource;
import org.springframework.stereotype.Component;

/** 待办 from inspections: visits to host in the next two weeks, plans waiting for the 减负办. */
@Component
class InspectionTodos implements TodoSource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final InspectionCalendar calendar;
    private final InspectionPlans plans;

    InspectionTodos(InspectionCalendar calendar, InspectionPlans plans) {
        this.calendar = calendar;
        this.plans = plans;
    }

    @Override
    public List<TodoItem> itemsFor(Actor actor) {
        List<TodoItem> items = new ArrayList<>();
        LocalDate today = LocalDate.now();
        calendar.entriesFor(List.of(actor.unitId()), today, today.plusDays(14)).forEach(e -> items.add(new TodoItem(
                "待接待检查", e.title(), e.organiserName() + " · " + e.start().toLocalDate() + " · " + e.place(), e.href(),
                e.start().atZone(CHINA).toInstant(), e.start().toLocalDate().isBefore(today.plusDays(3)))));
        plans.awaiting(actor).forEach(p -> items.add(new TodoItem("待审批", p.year() + "年督查检查计划：" + p.departmentName(),
                p.items().size() + " 项", "/inspections/plans/" + p.id(), null, false)));
        return items;
    }
}
