package org.jianfu.feedback.internal.survey;

import java.util.List;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.todo.TodoItem;
import org.jianfu.todo.TodoSource;
import org.springframework.stereotype.Component;

/** 待办 for cadres: an open survey they have not answered yet. */
@Component
class SurveyTodos implements TodoSource {

    private final SurveyDesk desk;

    SurveyTodos(SurveyDesk desk) {
        this.desk = desk;
    }

    @Override
    public List<TodoItem> itemsFor(Actor actor) {
        if (actor.role() != Role.CADRE) {
            return List.of();
        }
        return desk.waitingFor(actor).stream().map(s -> new TodoItem("待填问卷", s.title(), "匿名 · 约 1 分钟 · " + s.closes() + " 截止",
                        "/feedback/surveys/" + s.id(), s.opens().atStartOfDay(org.jianfu.platform.time.ChinaTime.ZONE).toInstant(), false))
                .toList();
    }
}
