package org.jianfu.meetings.internal.demo;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Demo meetings and invitations written in batches, with ids drawn from the sequence in blocks. */
final class MeetingRows {

    record Row(long id, long organiser, String title, String type, Timestamp startsAt, int minutes, int speech,
               String mode, String reach, String convener, String attendeeLevel, String venue, String videoRoom,
               String state) {
    }

    record Invite(long meetingId, long unitId, String site, boolean attended) {
    }

    private final JdbcTemplate jdbc;
    private final int baseYear;
    private final List<Row> meetings = new ArrayList<>();
    private final List<Invite> invites = new ArrayList<>();
    private final List<Long> ids = new ArrayList<>();
    /** meetings per organiser in the base year and the seed year, for the seed year's plans */
    private final Map<Long, int[]> perOrganiser = new HashMap<>();
    private long written;

    MeetingRows(JdbcTemplate jdbc, int baseYear) {
        this.jdbc = jdbc;
        this.baseYear = baseYear;
    }

    long nextId() {
        if (ids.isEmpty()) {
            ids.addAll(jdbc.queryForList("select nextval('meetings.meeting_id_seq') from generate_series(1, 1000)", Long.class));
        }
        return ids.removeFirst();
    }

    void add(Row row, List<Invite> rowInvites) {
        meetings.add(row);
        invites.addAll(rowInvites);
        int year = row.startsAt().toLocalDateTime().getYear();
        perOrganiser.computeIfAbsent(row.organiser(), k -> new int[2])[year == baseYear ? 0 : 1]++;
        if (meetings.size() >= 2000) {
            flush();
        }
    }

    void flush() {
        jdbc.batchUpdate("""
                insert into meetings.meeting (id, organiser_unit_id, title, type, starts_at, planned_minutes,
                    main_speech_minutes, mode, reach, convener, attendee_level, venue, video_room, state, minutes)
                values (?,?,?,?,?,?,?,?,?::text[],?,?,?,?,?,?)""", meetings, 1000, (ps, r) -> {
            ps.setLong(1, r.id());
            ps.setLong(2, r.organiser());
            ps.setString(3, r.title());
            ps.setString(4, r.type());
            ps.setTimestamp(5, r.startsAt());
            ps.setInt(6, r.minutes());
            ps.setInt(7, r.speech());
            ps.setString(8, r.mode());
            ps.setString(9, r.reach());
            ps.setString(10, r.convener());
            ps.setString(11, r.attendeeLevel());
            ps.setString(12, r.venue());
            ps.setString(13, r.videoRoom());
            ps.setString(14, r.state());
            ps.setString(15, "HELD".equals(r.state()) ? "会议传达了上级部署，明确了分工和完成时限。" : null);
        });
        Map<Long, Timestamp> starts = new HashMap<>();
        meetings.forEach(m -> starts.put(m.id(), m.startsAt()));
        jdbc.batchUpdate("""
                insert into meetings.invitation (meeting_id, unit_id, receiving_site, confirmed_at, signed_in_at)
                values (?,?,?,?,?)""", invites, 5000, (ps, i) -> {
            ps.setLong(1, i.meetingId());
            ps.setLong(2, i.unitId());
            ps.setString(3, i.site());
            Timestamp t = i.attended() ? starts.get(i.meetingId()) : null;
            ps.setTimestamp(4, t);
            ps.setTimestamp(5, t);
        });
        written += meetings.size() + invites.size();
        meetings.clear();
        invites.clear();
    }

    /** The seed year's plans (2019): 30 % fewer than the base year for every unit that held meetings in it. */
    void writePlans() {
        List<Object[]> plans = new ArrayList<>();
        perOrganiser.forEach((unit, counts) -> {
            if (counts[0] > 0) {
                plans.add(new Object[] {unit, baseYear + 1, "CUT_VS_BASE", baseYear, 30, counts[0], counts[0] * 70 / 100});
            }
        });
        jdbc.batchUpdate("""
                insert into meetings.meeting_plan (unit_id, year, rule, base_year, cut_percent, baseline, quota)
                values (?,?,?,?,?,?,?)""", plans);
        written += plans.size();
    }

    long count() {
        return written;
    }
}
