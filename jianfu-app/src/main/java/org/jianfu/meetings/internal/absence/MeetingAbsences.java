package org.jianfu.meetings.internal.absence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jianfu.meetings.internal.Meeting;
import org.jianfu.meetings.internal.MeetingDesk;
import org.jianfu.meetings.internal.MeetingState;
import org.jianfu.notifications.Notifications;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 请假 and 替会: an invited unit asks before the meeting starts, with a reason (and for 替会 the person who comes
 * instead); the organiser's clerk or leader approves or refuses with a reason. Each side hears of it.
 */
@Service
@Transactional
public class MeetingAbsences {

    private static final String SELECT = """
            select a.*, u.name unit_name from meetings.absence a join organization.unit u on u.id = a.unit_id
            """;

    private final JdbcClient jdbc;
    private final MeetingDesk desk;
    private final Notifications notifications;
    private final Clock clock;

    MeetingAbsences(JdbcClient jdbc, MeetingDesk desk, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.desk = desk;
        this.notifications = notifications;
        this.clock = clock;
    }

    public void request(Actor actor, long meetingId, Absence.Kind kind, String reason, String substitute) {
        Meeting m = desk.readable(actor, meetingId);
        if (!desk.isInvited(actor, m) || actor.role() == Role.MONITOR) {
            throw new AccessDeniedException("只有受邀单位可以请假或替会");
        }
        if (m.state() != MeetingState.PLANNED || !LocalDateTime.now(clock).isBefore(m.startsAt())) {
            throw new RuleViolationException("会议开始前才能请假或替会");
        }
        String why = text("请假或替会的理由", reason, 300);
        String who = kind == Absence.Kind.SUBSTITUTE ? text("替会人员姓名和职务", substitute, 60) : null;
        if (kind == null) {
            throw new RuleViolationException("请选择请假或替会");
        }
        Optional<Absence> before = of(meetingId, actor.unitId());
        if (before.isPresent() && before.get().state() != Absence.State.REFUSED) {
            throw new RuleViolationException("本单位已提出" + before.get().summary() + "，不能重复提出");
        }
        jdbc.sql("""
                        insert into meetings.absence (meeting_id, unit_id, kind, reason, substitute, requested_by, requested_at)
                        values (?,?,?,?,?,?,?) on conflict (meeting_id, unit_id) do update set kind = excluded.kind,
                          reason = excluded.reason, substitute = excluded.substitute, state = 'PENDING',
                          requested_by = excluded.requested_by, requested_at = excluded.requested_at,
                          decided_by = null, decided_at = null, decision_note = null""")
                .params(meetingId, actor.unitId(), kind.name(), why, who, actor.accountId(), Timestamp.from(clock.instant()))
                .update();
        notifications.remindUnit(m.organiserUnitId(), Role.CLERK, "meeting-absence:" + meetingId + ":" + actor.unitId(),
                actor.unitName() + "申请" + kind.label() + "：" + m.title(), "/meetings/" + meetingId);
    }

    public void decide(Actor actor, long meetingId, long unitId, boolean approve, String note) {
        Meeting m = desk.readable(actor, meetingId);
        if (!desk.isOrganiser(actor, m)) {
            throw new AccessDeniedException("只有主办单位可以批准请假或替会");
        }
        String why = approve ? (note == null || note.isBlank() ? null : text("意见", note, 300)) : text("不批准的理由", note, 300);
        Absence a = of(meetingId, unitId).filter(x -> x.state() == Absence.State.PENDING)
                .orElseThrow(() -> new RuleViolationException("没有待批准的请假或替会申请"));
        jdbc.sql("""
                        update meetings.absence set state = ?, decided_by = ?, decided_at = ?, decision_note = ?
                        where meeting_id = ? and unit_id = ? and state = 'PENDING'""")
                .params(approve ? "APPROVED" : "REFUSED", actor.accountId(), Timestamp.from(clock.instant()), why,
                        meetingId, unitId).update();
        notifications.remindUnit(unitId, null, "meeting-absence-decided:" + meetingId + ":" + unitId,
                a.kind().label() + (approve ? "已批准" : "未批准" + "：" + why) + "：" + m.title(), "/meetings/" + meetingId);
    }

    @Transactional(readOnly = true)
    public List<Absence> ofMeeting(long meetingId) {
        return jdbc.sql(SELECT + " where a.meeting_id = ? order by a.requested_at").param(meetingId)
                .query(MeetingAbsences::absence).list();
    }

    @Transactional(readOnly = true)
    public Optional<Absence> of(long meetingId, long unitId) {
        return jdbc.sql(SELECT + " where a.meeting_id = ? and a.unit_id = ?").params(meetingId, unitId)
                .query(MeetingAbsences::absence).optional();
    }

    private static String text(String what, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new RuleViolationException("请填写" + what);
        }
        if (v.length() > max) {
            throw new RuleViolationException(what + "不能超过 " + max + " 字");
        }
        return v;
    }

    private static Absence absence(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Absence(rs.getLong("meeting_id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                Absence.Kind.valueOf(rs.getString("kind")), rs.getString("reason"), rs.getString("substitute"),
                Absence.State.valueOf(rs.getString("state")), rs.getTimestamp("requested_at").toInstant(),
                rs.getString("decision_note"));
    }
}
