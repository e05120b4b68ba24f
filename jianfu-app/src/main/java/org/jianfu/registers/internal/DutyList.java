package org.jianfu.registers.internal;

import java.util.List;
import org.jianfu.organization.Division;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.DivisionPaths;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.platform.text.BigramDice;
import org.jianfu.registers.DutyCheck;
import org.jianfu.registers.TaskOutsideDutyListAssigned;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 乡镇履职事项清单: each township's duties, and tasks checked against them. A task matches a duty
 * when one title contains the other or their character bigrams mostly agree.
 */
@Service
public class DutyList {

    static final double MATCH = 0.5;

    private final JdbcClient jdbc;
    private final Organization organization;
    private final ApplicationEventPublisher events;

    DutyList(JdbcClient jdbc, Organization organization, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.events = events;
    }

    public record Duty(long id, String category, String title) {

        public String categoryLabel() {
            return switch (category) {
                case "BASIC" -> "基本履职事项";
                case "SUPPORTING" -> "配合履职事项";
                default -> "上级收回事项";
            };
        }
    }

    /** The township, if the actor may browse it (its own units and everyone above it). */
    public Division township(Actor actor, String code) {
        return organization.division(code)
                .filter(d -> d.level() == DivisionLevel.TOWNSHIP && actor.mayBrowseDivision(d.path()))
                .orElseThrow(() -> new NotFoundException("乡镇不存在或不在本账号范围内: " + code));
    }

    public List<Duty> duties(String townshipCode) {
        return jdbc.sql("select * from registers.duty where township_code = ? order by category, id").param(townshipCode)
                .query((rs, n) -> new Duty(rs.getLong("id"), rs.getString("category"), rs.getString("title"))).list();
    }

    public DutyCheck check(String townshipCode, String task) {
        String t = task == null ? "" : task.strip();
        // a duty the upper level took back (上级收回) is not the township's any more
        return duties(townshipCode).stream().filter(d -> !"RETURNED".equals(d.category()) && matches(d.title(), t))
                .findFirst().map(d -> new DutyCheck(townshipCode, t, true, d.title()))
                .orElse(new DutyCheck(townshipCode, t, false, null));
    }

    /** Records a task given to the township by the actor's unit; off-list tasks are flagged. */
    @Transactional
    public DutyCheck assign(Actor actor, String townshipCode, String task) {
        Division township = township(actor, townshipCode);
        Unit unit = organization.unit(actor.unitId()).orElseThrow();
        if (actor.role() == Role.CADRE || unit.divisionPath().equals(township.path())
                || !DivisionPaths.within(township.path(), unit.divisionPath())) {
            throw new RuleViolationException("只有上级单位向乡镇交办任务时登记");
        }
        if (task == null || task.isBlank()) {
            throw new RuleViolationException("请填写交办的任务");
        }
        DutyCheck check = check(townshipCode, task);
        Long matched = check.onList() ? duties(townshipCode).stream().filter(d -> d.title().equals(check.matchedDuty()))
                .findFirst().map(Duty::id).orElse(null) : null;
        long id = jdbc.sql("""
                        insert into registers.assigned_task (assigning_unit_id, township_code, title, matched_duty_id)
                        values (?,?,?,?) returning id""").params(unit.id(), townshipCode, check.task(), matched)
                .query(Long.class).single();
        if (!check.onList()) {
            events.publishEvent(new TaskOutsideDutyListAssigned(id, unit.id(), townshipCode, check.task()));
        }
        return check;
    }

    static boolean matches(String duty, String task) {
        if (task.isEmpty()) {
            return false;
        }
        if (task.contains(duty) || duty.contains(task)) {
            return true;
        }
        return BigramDice.of(duty, task) >= MATCH;
    }
}
