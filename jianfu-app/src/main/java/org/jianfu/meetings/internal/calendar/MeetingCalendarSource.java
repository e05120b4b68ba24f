package org.jianfu.meetings.internal.calendar;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jianfu.meetings.spi.CalendarEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Meetings on the calendar: of each invited unit and of the organiser; planned or held, not cancelled. */
@Component
class MeetingCalendarSource implements org.jianfu.meetings.spi.CalendarSource {

    private final JdbcClient jdbc;

    MeetingCalendarSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CalendarEntry> entriesFor(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select x.unit_id, x.confirmed, m.id, m.title, m.starts_at, m.planned_minutes, m.organiser_unit_id,
                               o.name organiser_name, m.mode, coalesce(x.site, m.venue, m.video_room) place, m.state
                        from (select i.meeting_id, i.unit_id, i.confirmed_at is not null confirmed, i.receiving_site site
                              from meetings.invitation i where i.unit_id = any(:units)
                              union all
                              select m.id, m.organiser_unit_id, true, null from meetings.meeting m
                              where m.organiser_unit_id = any(:units)) x
                        join meetings.meeting m on m.id = x.meeting_id
                        join organization.unit o on o.id = m.organiser_unit_id
                        where m.state in ('PLANNED', 'HELD') and m.starts_at >= :from and m.starts_at < :to
                        order by m.starts_at""")
                .param("units", unitIds.toArray(Long[]::new))
                .param("from", Timestamp.valueOf(from.atStartOfDay()))
                .param("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .query((rs, n) -> {
                    var start = rs.getTimestamp("starts_at").toLocalDateTime();
                    boolean toConfirm = !rs.getBoolean("confirmed") && "PLANNED".equals(rs.getString("state"));
                    return new CalendarEntry(rs.getLong("unit_id"), "会议", "meeting:" + rs.getLong("id"),
                            rs.getString("title"), start, start.plusMinutes(rs.getInt("planned_minutes")),
                            rs.getLong("organiser_unit_id"), rs.getString("organiser_name"), rs.getString("place"),
                            "/meetings/" + rs.getLong("id"), toConfirm ? "待确认" : null);
                }).list();
    }
}
