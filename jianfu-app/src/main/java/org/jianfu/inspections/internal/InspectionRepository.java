package org.jianfu.inspections.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jianfu.platform.DivisionPaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inspections with their target units. Unscoped: {@link InspectionDesk} applies the actor's scope. */
@Repository
public class InspectionRepository {

    private static final String SELECT = """
            select x.*, it.title item_title, u.name department_name,
                   array(select t.unit_id from inspections.inspection_target t where t.inspection_id = x.id order by t.unit_id) targets
            from inspections.inspection x join inspections.plan_item it on it.id = x.item_id
            join organization.unit u on u.id = x.department_unit_id
            """;

    private final JdbcClient jdbc;

    InspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long itemId, long departmentUnitId, LocalDate date, boolean onSite, List<Long> targets) {
        long id = jdbc.sql("""
                        insert into inspections.inspection (item_id, department_unit_id, scheduled_on, on_site, state)
                        values (?,?,?,?,'SCHEDULED') returning id""")
                .params(itemId, departmentUnitId, Date.valueOf(date), onSite).query(Long.class).single();
        for (Long unit : targets.stream().distinct().toList()) {
            jdbc.sql("insert into inspections.inspection_target (inspection_id, unit_id) values (?,?)").params(id, unit).update();
        }
        return id;
    }

    public Optional<Inspection> find(long id) {
        return jdbc.sql(SELECT + " where x.id = ?").param(id).query(InspectionRepository::inspection).optional();
    }

    /** On-site visits (a joint inspection once) to units in the county subtree in the month of {@code day}. */
    int onSiteInCountyMonth(String countyPath, LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return jdbc.sql("""
                        select count(distinct coalesce(-x.joint_id, x.id)) from inspections.inspection x
                        join inspections.inspection_target t on t.inspection_id = x.id
                        join organization.unit u on u.id = t.unit_id join organization.division d on d.code = u.division_code
                        where x.on_site and x.state <> 'CANCELLED' and x.scheduled_on >= ? and x.scheduled_on < ?
                          and %s""".formatted(DivisionPaths.sqlWithin("d.path")))
                .params(Date.valueOf(first), Date.valueOf(first.plusMonths(1)), countyPath, DivisionPaths.belowPattern(countyPath))
                .query(Integer.class).single();
    }

    /** Scheduled, not yet joined inspections by departments in the subtree, for joint proposals. */
    List<Inspection> scheduledBelow(String rootPath) {
        return jdbc.sql(SELECT + """
                         join organization.division d on d.code = u.division_code
                         where %s and x.state = 'SCHEDULED' and x.joint_id is null
                         order by x.scheduled_on, x.id""".formatted(DivisionPaths.sqlWithin("d.path")))
                .params(rootPath, DivisionPaths.belowPattern(rootPath)).query(InspectionRepository::inspection).list();
    }

    /** Inspections the unit hosts or carries out, newest first. */
    public List<Inspection> ofUnit(long unitId, int limit) {
        return jdbc.sql(SELECT + """
                         where x.department_unit_id = :unit or exists (select 1 from inspections.inspection_target t
                               where t.inspection_id = x.id and t.unit_id = :unit)
                         order by x.scheduled_on desc, x.id desc limit :limit""")
                .param("unit", unitId).param("limit", limit).query(InspectionRepository::inspection).list();
    }

    static Inspection inspection(ResultSet rs, int row) throws SQLException {
        return new Inspection(rs.getLong("id"), rs.getLong("item_id"), rs.getString("item_title"),
                rs.getLong("department_unit_id"), rs.getString("department_name"),
                rs.getDate("scheduled_on").toLocalDate(), rs.getBoolean("on_site"), rs.getString("state"),
                rs.getObject("joint_id", Long.class), rs.getString("findings"), rs.getString("rectification"),
                InspectionPlans.longs(rs.getArray("targets")));
    }
}
