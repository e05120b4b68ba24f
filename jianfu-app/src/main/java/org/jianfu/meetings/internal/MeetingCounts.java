package org.jianfu.meetings.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.jianfu.meetings.MeetingLoad;
import org.jianfu.meetings.Meetings;
import org.jianfu.meetings.internal.calendar.Calendar;
import org.jianfu.meetings.spi.CalendarEntry;
import org.jianfu.organization.Organization;
import org.jianfu.platform.DivisionPaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The {@link Meetings} facade: counts for monitoring (one query each) and the merged calendar. */
@Service
class MeetingCounts implements Meetings {

    private final JdbcClient jdbc;
    private final Organization organization;
    private final Calendar calendar;

    MeetingCounts(JdbcClient jdbc, Organization organization, Calendar calendar) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.calendar = calendar;
    }

    @Override
    public List<CalendarEntry> calendar(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return calendar.entries(unitIds, from, to);
    }

    @Override
    public List<MeetingLoad> attendanceBelow(String divisionCode, YearMonth month) {
        String root = organization.division(divisionCode).map(d -> d.path()).orElse(null);
        if (root == null) {
            return List.of();
        }
        return jdbc.sql("""
                        select i.unit_id, u.division_code, count(*) meetings, sum(m.planned_minutes) / 60.0 hours,
                               count(*) filter (where m.mode <> 'VIDEO' and i.receiving_site is null) on_site
                        from meetings.invitation i join meetings.meeting m on m.id = i.meeting_id
                        join organization.unit u on u.id = i.unit_id join organization.division d on d.code = u.division_code
                        where %s and m.state in ('PLANNED', 'HELD')
                          and m.starts_at >= :from and m.starts_at < :to
                        group by i.unit_id, u.division_code order by u.division_code, i.unit_id""".formatted(DivisionPaths.sqlWithin("d.path", "root")))
                .param("root", root).param("rootBelow", DivisionPaths.belowPattern(root))
                .param("from", Timestamp.valueOf(month.atDay(1).atStartOfDay()))
                .param("to", Timestamp.valueOf(month.plusMonths(1).atDay(1).atStartOfDay()))
                .query((rs, n) -> new MeetingLoad(rs.getLong("unit_id"), rs.getString("division_code"),
                        rs.getInt("meetings"), rs.getDouble("hours"), rs.getInt("on_site"))).list();
    }

    @Override
    public long organisedBelow(String divisionCode, int year) {
        String root = organization.division(divisionCode).map(d -> d.path()).orElse(null);
        if (root == null) {
            return 0;
        }
        return jdbc.sql("""
                        select count(*) from meetings.meeting m join organization.unit u on u.id = m.organiser_unit_id
                        join organization.division d on d.code = u.division_code
                        where %s and m.state in ('PLANNED', 'HELD')
                          and extract(year from m.starts_at) = :year""".formatted(DivisionPaths.sqlWithin("d.path", "root")))
                .param("root", root).param("rootBelow", DivisionPaths.belowPattern(root)).param("year", year).query(Long.class).single();
    }
}
