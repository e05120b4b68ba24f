package org.jianfu.indicators.internal.forms;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A grassroots unit's forms: one per month with requests; only the unit's own people fill it. */
@Service
class Forms {

    /** One month in the unit's list of forms. */
    record MonthEntry(YearMonth month, int requests, int open, LocalDate deadline) {
        /** Public: the list of forms calls it, and SpEL calls only public methods. */
        public boolean done() {
            return open == 0;
        }
    }

    private final JdbcClient jdbc;
    private final Organization organization;
    private final FormAssembler assembler;

    Forms(JdbcClient jdbc, Organization organization, FormAssembler assembler) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.assembler = assembler;
    }

    static boolean fills(Actor actor) {
        boolean grassroots = actor.divisionPath().chars().filter(c -> c == '.').count() >= 3;
        return grassroots && (actor.role() == Role.CADRE || actor.role() == Role.CLERK || actor.role() == Role.LEADER);
    }

    @Transactional(readOnly = true)
    List<MonthEntry> months(Actor actor) {
        if (!fills(actor)) {
            return List.of();
        }
        return jdbc.sql("""
                        select r.form_month, count(*) n, count(*) - count(t.submitted_at) open, min(r.deadline) deadline
                        from indicators.request_target t join indicators.data_request r on r.id = t.request_id
                        where t.unit_id = ? and r.status = 'SENT'
                        group by r.form_month order by r.form_month desc limit 36""")
                .param(actor.unitId())
                .query((rs, n) -> new MonthEntry(YearMonth.from(rs.getDate("form_month").toLocalDate()), rs.getInt("n"),
                        rs.getInt("open"), rs.getDate("deadline").toLocalDate()))
                .list();
    }

    @Transactional(readOnly = true)
    MergedForm form(Actor actor, String period) {
        if (!fills(actor)) {
            throw new AccessDeniedException("只有乡镇（街道）和村（社区）的工作人员填报");
        }
        YearMonth month = month(period);
        Unit unit = organization.unit(actor.unitId()).orElseThrow();
        MergedForm form = assembler.assemble(unit, month);
        if (form.requests().isEmpty()) {
            throw new NotFoundException("本单位 " + period + " 没有填报任务");
        }
        return form;
    }

    static YearMonth month(String period) {
        try {
            return YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("填报月份不存在: " + period);
        }
    }
}
