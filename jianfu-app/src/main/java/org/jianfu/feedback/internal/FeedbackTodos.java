package org.jianfu.feedback.internal;

import java.util.ArrayList;
import java.util.List;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.todo.TodoItem;
import org.jianfu.todo.TodoSource;
import org.springframework.stereotype.Component;

/**
 * 待办: a 减负办 sees new and answered reports it handles first (its county, or its own level);
 * a causing unit's clerk and leader see the reports they were asked to answer.
 */
@Component
class FeedbackTodos implements TodoSource {

    private final ReportRepository reports;

    FeedbackTodos(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public List<TodoItem> itemsFor(Actor actor) {
        List<TodoItem> items = new ArrayList<>();
        if (actor.role() == Role.MONITOR) {
            reports.forOffice(actor.divisionCode(), ReportStatus.SUBMITTED).forEach(r -> items.add(item("待处理反映", r)));
            reports.forOffice(actor.divisionCode(), ReportStatus.RESPONDED).forEach(r -> items.add(item("待办结反映", r)));
        } else if (actor.role() == Role.CLERK || actor.role() == Role.LEADER) {
            reports.ofCausingUnit(actor.unitId(), ReportStatus.ASKED).forEach(r -> items.add(item("待回应反映", r)));
        }
        return items;
    }

    private static TodoItem item(String kind, Report r) {
        return new TodoItem(kind, "基层反映：" + r.category().label() + " · " + r.causingUnitName(),
                "第 " + r.reportedWeek() + " 周 · " + r.publicCode(), "/feedback/reports/" + r.id(),
                r.reportedWeek().atStartOfDay(AnonymousTime.BEIJING).toInstant(), false);
    }
}
