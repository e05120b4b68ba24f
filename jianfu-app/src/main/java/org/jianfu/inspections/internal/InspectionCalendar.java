package org.jianfu.inspections.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.jianfu.inspections.HostingLoad;
import org.jianfu.inspections.Inspections;
import org.jianfu.meetings.spi.CalendarEntry;
import org.jianfu.meetings.spi.CalendarSource;
import org.jianfu.organization.Organization;
import org.jianfu.platform.DivisionPaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Inspections on the 日程 of the units that host them (a day, 9:00–17:00, since inspections are
 * planned by date), and the {@link Inspections} facade for monitoring.
 */
@Component
class InspectionCalendar implements CalendarSource, Inspections {

    private final JdbcClient jdbc;
    private final Organization organization;

    private final Clock clock;

    InspectionCalendar(JdbcClient jdbc, Organization organization, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.organization = organization;
    }

    @Override
    public List<CalendarEntry> entriesFor(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select t.unit_id, x.id, x.scheduled_on, x.on_site, x.joint_id, x.department_unit_id,
                               it.title, u.name department_name
                        from inspections.inspection_target t join inspections.inspection x on x.id = t.inspection_id
                        join inspections.plan_item it on it.id = x.item_id join organization.unit u on u.id = x.department_unit_id
                        where t.unit_id = any(?) and x.state <> 'CANCELLED' and x.scheduled_on between ? and ?
                        order by x.scheduled_on""")
                .params(unitIds.toArray(Long[]::new), Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> {
                    LocalDate day = rs.getDate("scheduled_on").toLocalDate();
                    Long joint = rs.getObject("joint_id", Long.class);
                    boolean future = !day.isBefore(LocalDate.now(clock));
                    return new CalendarEntry(rs.getLong("unit_id"), joint != null ? "联合督查" : "督查检查",
                            joint != null ? "joint:" + joint : "inspection:" + rs.getLong("id"), rs.getString("title"),
                            day.atTime(9, 0), day.atTime(17, 0), rs.getLong("department_unit_id"),
                            rs.getString("department_name"), rs.getBoolean("on_site") ? "现场检查" : "非现场（材料）",
                            "/inspections/" + rs.getLong("id"), future ? "待接待" : null);
                }).list().stream()
                // a joint inspection shows once per unit, under the first department's item
                .collect(java.util.stream.Collectors.toMap(e -> e.unitId() + "/" + e.key(), e -> e, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().toList();
    }

    @Override
    public List<HostingLoad> hostedBelow(String divisionCode, YearMonth month) {
        String root = organization.division(divisionCode).map(d -> d.path()).orElse(null);
        if (root == null) {
            return List.of();
        }
        return jdbc.sql("""
                        select t.unit_id, u.division_code, count(distinct coalesce(-x.joint_id, x.id)) n,
                               count(distinct coalesce(-x.joint_id, x.id)) filter (where x.on_site) on_site
                        from inspections.inspection_target t join inspections.inspection x on x.id = t.inspection_id
                        join organization.unit u on u.id = t.unit_id join organization.division d on d.code = u.division_code
                        where %s and x.state <> 'CANCELLED'
                          and x.scheduled_on >= ? and x.scheduled_on < ?
                        group by t.unit_id, u.division_code order by u.division_code, t.unit_id""".formatted(DivisionPaths.sqlWithin("d.path")))
                .params(root, DivisionPaths.belowPattern(root), Date.valueOf(month.atDay(1)), Date.valueOf(month.plusMonths(1).atDay(1)))
                .query((rs, n) -> new HostingLoad(rs.getLong("unit_id"), rs.getString("division_code"), rs.getInt("n"),
                        rs.getInt("on_site"))).list();
    }
}
