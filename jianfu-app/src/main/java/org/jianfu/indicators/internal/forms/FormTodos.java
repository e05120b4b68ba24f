package org.jianfu.indicators.internal.forms;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jianfu.platform.Actor;
import org.jianfu.platform.DivisionPaths;
import org.jianfu.platform.Role;
import org.jianfu.todo.TodoItem;
import org.jianfu.todo.TodoSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 from 一表通: a month's form still to fill (urgent under 3 days to the deadline), a request
 * awaiting the leader, an explanation awaiting the 减负办. One item per form, not per request.
 */
@Component
class FormTodos implements TodoSource {


    private final JdbcClient jdbc;

    private final Clock clock;

    FormTodos(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoItem> itemsFor(Actor actor) {
        List<TodoItem> items = new ArrayList<>();
        if (Forms.fills(actor)) {
            items.addAll(formsToFill(actor));
        }
        if (actor.role() == Role.LEADER) {
            items.addAll(requests("status = 'AWAITING_LEADER' and requester_unit_id = :unit", actor, "待审批"));
        }
        if (actor.role() == Role.MONITOR) {
            items.addAll(requests("""
                    status = 'AWAITING_BURDEN_OFFICE' and (requester_path = :path
                      or (requester_path like :below and requester_path not like :deeper))""", actor, "待审批说明"));
        }
        return items;
    }

    private List<TodoItem> formsToFill(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select r.form_month, count(*) n, min(r.deadline) deadline, max(r.sent_at) since,
                               bool_or(r.reminded_at is not null) reminded
                        from indicators.request_target t join indicators.data_request r on r.id = t.request_id
                        where t.unit_id = ? and t.submitted_at is null and r.status = 'SENT'
                        group by r.form_month order by r.form_month desc limit 12""")
                .param(actor.unitId())
                .query((rs, row) -> {
                    LocalDate month = rs.getDate("form_month").toLocalDate();
                    LocalDate deadline = rs.getDate("deadline").toLocalDate();
                    long days = ChronoUnit.DAYS.between(today, deadline);
                    String facts = rs.getInt("n") + " 项任务合并为一张表 · 截止 " + deadline
                            + (days < 0 ? " · 已逾期" : "") + (rs.getBoolean("reminded") ? " · 已提醒" : "");
                    return new TodoItem("待填报", month.getYear() + "年" + month.getMonthValue() + "月 一表通填报", facts,
                            "/indicators/forms/" + month.toString().substring(0, 7), rs.getTimestamp("since").toInstant(),
                            days < 3);
                })
                .list();
    }

    private List<TodoItem> requests(String condition, Actor actor, String kind) {
        return jdbc.sql("select id, title, requester_name, deadline, created_at from indicators.data_request where "
                        + condition + " order by created_at desc limit 20")
                .param("unit", actor.unitId()).param("path", actor.divisionPath())
                .param("below", DivisionPaths.belowPattern(actor.divisionPath()))
                // one level below only: "path.x" but not "path.x.y"
                .param("deeper", DivisionPaths.belowPattern(DivisionPaths.belowPattern(actor.divisionPath())))
                .query((rs, row) -> new TodoItem(kind, rs.getString("title"),
                        rs.getString("requester_name") + " · 截止 " + rs.getDate("deadline"),
                        "/indicators/requests/" + rs.getLong("id"), rs.getTimestamp("created_at").toInstant(), false))
                .list();
    }
}
