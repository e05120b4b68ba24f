package org.jianfu.meetings.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jianfu.meetings.MeetingMode;
import org.jianfu.meetings.MeetingType;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.jianfu.platform.DivisionPaths;

/**
 * The rules a meeting must meet when it is planned, as plain Chinese messages (empty = fine).
 * Quota is checked apart ({@code plan.QuotaGate}): going over it is allowed with an approved reason.
 */
public final class MeetingRules {

    private final MeetingLimits limits;

    public MeetingRules(MeetingLimits limits) {
        this.limits = limits;
    }

    /**
     * @param comprehensiveThisYear 综合性工作会议 of the organiser's system already counted this year
     */
    public List<String> violations(MeetingDraft draft, Unit organiser, List<Unit> invited, int comprehensiveThisYear,
                                   LocalDateTime now) {
        List<String> found = new ArrayList<>();
        if (draft.startsAt().isBefore(now)) {
            found.add("会议时间已过，请选择今后的时间");
        }
        if (draft.type() == MeetingType.COMPREHENSIVE && comprehensiveThisYear >= limits.comprehensivePerYear()) {
            found.add("本系统" + draft.startsAt().getYear() + "年已安排综合性工作会议，每个系统每年至多召开"
                    + limits.comprehensivePerYear() + "次");
        }
        if (draft.mainSpeechMinutes() > limits.mainSpeechMinutes()) {
            found.add("主报告时长不得超过" + limits.mainSpeechMinutes() + "分钟");
        }
        int max = draft.type() == MeetingType.TRAINING ? limits.trainingMinutes() : limits.meetingMinutes();
        if (draft.plannedMinutes() > max) {
            found.add(draft.type().label() + "时长不得超过" + max + "分钟");
        }
        if (draft.convener() == LeaderLevel.STAFF) {
            found.add("会议须由主要负责同志或分管负责同志召集");
        }
        if (draft.convener() == LeaderLevel.DEPUTY && draft.attendeeLevel() == LeaderLevel.PRINCIPAL) {
            found.add("分管负责同志召开的会议不得要求下级主要负责同志参加（不搞层层陪会）");
        }
        if (draft.mode() != MeetingMode.ON_SITE && blank(draft.videoRoom())) {
            found.add("视频会议须填写省视频会议系统的会议室号或链接");
        }
        if (draft.mode().hasVenue() && blank(draft.venue())) {
            found.add("现场会议须填写会场");
        }
        for (Unit unit : invited) {
            found.addAll(invitationProblems(organiser, unit, draft));
        }
        for (Long site : draft.receivingSites()) {
            if (!draft.invitedUnitIds().contains(site)) {
                found.add("分会场单位须在参会单位之中: " + site);
            }
        }
        return found;
    }

    private List<String> invitationProblems(Unit organiser, Unit unit, MeetingDraft draft) {
        if (unit.id() == organiser.id()) {
            return List.of("主办单位不必邀请自己");
        }
        if (!DivisionPaths.within(unit.divisionPath(), organiser.divisionPath())) {
            return List.of(unit.name() + "不在本级及下级范围内");
        }
        if (!draft.reach().contains(unit.divisionLevel())) {
            return List.of(unit.name() + "所在层级（" + unit.divisionLevel().label() + "）不在会议覆盖范围内");
        }
        // a department speaks to its own system below; other departments there are not concerned
        boolean lowerDepartment = !unit.divisionCode().equals(organiser.divisionCode())
                && unit.kind() == UnitKind.DEPARTMENT;
        if (organiser.kind() == UnitKind.DEPARTMENT && lowerDepartment && !unit.unitKey().equals(organiser.unitKey())) {
            return List.of(unit.name() + "与本系统会议无关（只请相关单位参会）");
        }
        return List.of();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
