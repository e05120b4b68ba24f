package org.jianfu.meetings.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jianfu.meetings.MeetingMode;
import org.jianfu.meetings.MeetingType;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.platform.DivisionPaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings and their invitations. Unscoped: {@link MeetingDesk} applies the actor's scope. */
@Repository
public class MeetingRepository {

    static final String SELECT = """
            select m.*, u.name organiser_name from meetings.meeting m
            join organization.unit u on u.id = m.organiser_unit_id
            """;

    private final Clock clock;
    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public long insert(long organiserUnitId, MeetingDraft d, MeetingState state) {
        long id = jdbc.sql("""
                        insert into meetings.meeting (organiser_unit_id, title, type, starts_at, planned_minutes,
                            main_speech_minutes, mode, reach, convener, attendee_level, venue, video_room, agenda,
                            materials_requested, state)
                        values (?,?,?,?,?,?,?,?::text[],?,?,?,?,?,?,?) returning id""")
                .params(organiserUnitId, d.title().strip(), d.type().name(), Timestamp.valueOf(d.startsAt()),
                        d.plannedMinutes(), d.mainSpeechMinutes(), d.mode().name(), reachLiteral(d.reach()),
                        d.convener().name(), d.attendeeLevel().name(), d.venue(), d.videoRoom(),
                        nonNull(d.agenda()), nonNull(d.materialsRequested()), state.name())
                .query(Long.class).single();
        for (Long unitId : d.invitedUnitIds().stream().distinct().toList()) {
            jdbc.sql("insert into meetings.invitation (meeting_id, unit_id, receiving_site) values (?,?,?)")
                    .params(id, unitId, d.receivingSites().contains(unitId) ? "本单位会议室" : null).update();
        }
        return id;
    }

    public Optional<Meeting> find(long id) {
        return jdbc.sql(SELECT + " where m.id = ?").param(id).query(MeetingRepository::meeting).optional();
    }

    public List<Meeting> find(Collection<Long> ids) {
        return jdbc.sql(SELECT + " where m.id = any(?) order by m.starts_at").param(ids.toArray(Long[]::new))
                .query(MeetingRepository::meeting).list();
    }

    public List<Invitation> invitations(long meetingId) {
        return jdbc.sql("""
                        select i.*, u.name unit_name from meetings.invitation i join organization.unit u on u.id = i.unit_id
                        where i.meeting_id = ? order by u.division_code, u.sort_order, u.id""").param(meetingId)
                .query((rs, n) -> new Invitation(rs.getLong("meeting_id"), rs.getLong("unit_id"),
                        rs.getString("unit_name"), rs.getString("receiving_site"),
                        instant(rs.getTimestamp("confirmed_at")), instant(rs.getTimestamp("signed_in_at")))).list();
    }

    public List<Long> invitedUnitIds(long meetingId) {
        return jdbc.sql("select unit_id from meetings.invitation where meeting_id = ? order by unit_id")
                .param(meetingId).query(Long.class).list();
    }

    public boolean isInvited(long meetingId, long unitId) {
        return jdbc.sql("select count(*) from meetings.invitation where meeting_id = ? and unit_id = ?")
                .params(meetingId, unitId).query(Long.class).single() > 0;
    }

    /** Meetings of the organiser in {@code year} that count against its plan. */
    public int countedInYear(long organiserUnitId, int year, MeetingType onlyType) {
        return jdbc.sql("""
                        select count(*) from meetings.meeting where organiser_unit_id = ?
                        and extract(year from starts_at) = ? and state in ('PLANNED', 'HELD', 'AWAITING_APPROVAL')
                        and (cast(? as text) is null or type = ?)""")
                .params(organiserUnitId, year, onlyType == null ? null : onlyType.name(),
                        onlyType == null ? null : onlyType.name())
                .query(Integer.class).single();
    }

    public void setState(long id, MeetingState state) {
        jdbc.sql("update meetings.meeting set state = ? where id = ?").params(state.name(), id).update();
    }

    public void cancelInto(long id, long mergedInto) {
        jdbc.sql("update meetings.meeting set state = 'CANCELLED', merged_into = ? where id = ?")
                .params(mergedInto, id).update();
    }

    public void saveMinutes(long id, String minutes) {
        jdbc.sql("update meetings.meeting set minutes = ? where id = ?").params(minutes, id).update();
    }

    public void confirm(long meetingId, long unitId) {
        jdbc.sql("update meetings.invitation set confirmed_at = coalesce(confirmed_at, ?) where meeting_id = ? and unit_id = ?")
                .params(now(), meetingId, unitId).update();
    }

    public void signIn(long meetingId, long unitId) {
        jdbc.sql("""
                update meetings.invitation set confirmed_at = coalesce(confirmed_at, ?),
                signed_in_at = coalesce(signed_in_at, ?) where meeting_id = ? and unit_id = ?""")
                .params(now(), now(), meetingId, unitId).update();
    }

    public List<Long> signedInUnitIds(long meetingId) {
        return jdbc.sql("select unit_id from meetings.invitation where meeting_id = ? and signed_in_at is not null order by unit_id")
                .param(meetingId).query(Long.class).list();
    }

    /** Meetings the unit organises or is invited to, starting within [from, to], not cancelled. */
    public List<Meeting> ofUnitBetween(long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + """
                         where (m.organiser_unit_id = :unit or exists (select 1 from meetings.invitation i
                                where i.meeting_id = m.id and i.unit_id = :unit))
                         and m.starts_at >= :from and m.starts_at < :to and m.state in ('PLANNED', 'HELD')
                         order by m.starts_at""")
                .param("unit", unitId).param("from", Timestamp.valueOf(from.atStartOfDay()))
                .param("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .query(MeetingRepository::meeting).list();
    }

    /** The unit's meetings (organised or invited), newest first, for its list page. */
    public List<Meeting> ofUnit(long unitId, int limit) {
        return jdbc.sql(SELECT + """
                         where m.organiser_unit_id = :unit or exists (select 1 from meetings.invitation i
                                where i.meeting_id = m.id and i.unit_id = :unit)
                         order by m.starts_at desc limit :limit""")
                .param("unit", unitId).param("limit", limit).query(MeetingRepository::meeting).list();
    }

    /** Planned meetings organised in a division subtree within [from, to], for merge detection. */
    public List<Meeting> plannedBelow(String rootPath, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + """
                         join organization.division d on d.code = u.division_code
                         where %s and m.state = 'PLANNED'
                         and m.starts_at >= :from and m.starts_at < :to order by m.starts_at""".formatted(DivisionPaths.sqlWithin("d.path", "root")))
                .param("root", rootPath).param("rootBelow", DivisionPaths.belowPattern(rootPath))
                .param("from", Timestamp.valueOf(from.atStartOfDay()))
                .param("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .query(MeetingRepository::meeting).list();
    }

    /** Upcoming planned meetings the unit is invited to but has not confirmed. */
    public List<Meeting> toConfirm(long unitId, LocalDateTime after) {
        return jdbc.sql(SELECT + """
                         join meetings.invitation i on i.meeting_id = m.id and i.unit_id = ?
                         where i.confirmed_at is null and m.state = 'PLANNED' and m.starts_at >= ?
                         order by m.starts_at limit 20""")
                .params(unitId, Timestamp.valueOf(after)).query(MeetingRepository::meeting).list();
    }

    static Meeting meeting(ResultSet rs, int row) throws SQLException {
        Long mergedInto = rs.getObject("merged_into", Long.class);
        return new Meeting(rs.getLong("id"), rs.getLong("organiser_unit_id"), rs.getString("organiser_name"),
                rs.getString("title"), MeetingType.valueOf(rs.getString("type")),
                rs.getTimestamp("starts_at").toLocalDateTime(), rs.getInt("planned_minutes"),
                rs.getInt("main_speech_minutes"), MeetingMode.valueOf(rs.getString("mode")), reach(rs.getArray("reach")),
                LeaderLevel.valueOf(rs.getString("convener")), LeaderLevel.valueOf(rs.getString("attendee_level")),
                rs.getString("venue"), rs.getString("video_room"), rs.getString("agenda"),
                rs.getString("materials_requested"), MeetingState.valueOf(rs.getString("state")), mergedInto,
                rs.getString("minutes"));
    }

    public static String reachLiteral(Set<DivisionLevel> reach) {
        return reach.stream().sorted().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
    }

    private static Set<DivisionLevel> reach(Array array) throws SQLException {
        Set<DivisionLevel> levels = EnumSet.noneOf(DivisionLevel.class);
        Arrays.stream((String[]) array.getArray()).map(DivisionLevel::valueOf).forEach(levels::add);
        return levels;
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s.strip();
    }

    /** "Now" by the application's {@link Clock}, not the database server's. */
    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
