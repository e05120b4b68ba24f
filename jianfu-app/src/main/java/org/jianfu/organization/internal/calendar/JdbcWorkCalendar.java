package org.jianfu.organization.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.jianfu.audit.AuditLog;
import org.jianfu.organization.WorkCalendar;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcWorkCalendar implements WorkCalendar {

    /** A deadline further than this is a typo, not a plan (a year has about 250 working days). */
    static final int MAX_DAYS = 250;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    JdbcWorkCalendar(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isWorkingDay(LocalDate day) {
        return jdbc.sql("select working from organization.calendar_day where day = ?").param(day)
                .query(Boolean.class).optional().orElse(weekRule(day));
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new RuleViolationException("办理期限须为 1 至 " + MAX_DAYS + " 个工作日");
        }
        // the kept days of the span at once: a deadline is at most a year or so away
        java.util.Map<LocalDate, Boolean> kept = new java.util.HashMap<>();
        jdbc.sql("select day, working from organization.calendar_day where day > ? and day <= ?")
                .params(from, from.plusDays(days * 3L + 30))
                .query(rs -> {
                    kept.put(rs.getDate("day").toLocalDate(), rs.getBoolean("working"));
                });
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (kept.getOrDefault(day, weekRule(day))) {
                left--;
            }
        }
        return day;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkCalendar.KeptDay> keptDays(int year) {
        return jdbc.sql("select day, working, name from organization.calendar_day where day between ? and ? order by day")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, n) -> new WorkCalendar.KeptDay(rs.getDate("day").toLocalDate(), rs.getBoolean("working"),
                        rs.getString("name")))
                .list();
    }

    @Override
    public void keep(Actor actor, LocalDate day, boolean working, String name) {
        requireAdmin(actor);
        if (day == null) {
            throw new RuleViolationException("请选择日期");
        }
        String text = name == null ? "" : name.strip();
        if (text.isEmpty() || text.length() > 40) {
            throw new RuleViolationException("请填写名称（不超过 40 字），如“春节”或“国庆节调休上班”");
        }
        if (working == weekRule(day)) {
            throw new RuleViolationException(day + (working ? " 本来就是工作日" : " 本来就是周末") + "，无需登记");
        }
        jdbc.sql("""
                        insert into organization.calendar_day (day, working, name) values (?,?,?)
                        on conflict (day) do update set working = excluded.working, name = excluded.name, updated_at = now()""")
                .params(day, working, text).update();
        audit.record(actor, "工作日历：" + (working ? "登记调休上班" : "登记节假日"), "calendar:" + day, text);
    }

    @Override
    public void forget(Actor actor, LocalDate day) {
        requireAdmin(actor);
        if (jdbc.sql("delete from organization.calendar_day where day = ?").param(day).update() == 0) {
            throw new RuleViolationException(day + " 没有登记");
        }
        audit.record(actor, "工作日历：删除", "calendar:" + day, "");
    }

    private static boolean weekRule(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("只有系统管理员可以维护工作日历");
        }
    }
}
