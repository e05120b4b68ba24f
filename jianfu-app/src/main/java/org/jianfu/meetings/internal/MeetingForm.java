package org.jianfu.meetings.internal;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jianfu.meetings.MeetingMode;
import org.jianfu.meetings.MeetingType;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Unit;

/** The phone form for planning a meeting; reach and receiving sites follow from the invited units. */
record MeetingForm(String title, MeetingType type, LocalDateTime startsAt, Integer plannedMinutes,
                   Integer mainSpeechMinutes, MeetingMode mode, LeaderLevel convener, LeaderLevel attendeeLevel,
                   String venue, String videoRoom, String agenda, String materialsRequested, List<Long> invitedUnitIds,
                   String overQuotaReason) {

    static MeetingForm blank(LocalDateTime now) {
        return new MeetingForm("", MeetingType.SPECIAL, now.plusDays(7).withHour(9).withMinute(0)
                .withSecond(0).withNano(0), 90, 30, MeetingMode.VIDEO, LeaderLevel.DEPUTY, LeaderLevel.DEPUTY, "", "",
                "", "", List.of(), "");
    }

    public List<Long> invited() {
        return invitedUnitIds == null ? List.of() : invitedUnitIds;
    }

    /** Video: every invited unit follows at its own site; hybrid: the units below the organiser's level do. */
    MeetingDraft toDraft(Unit organiser, List<Unit> invited) {
        Set<DivisionLevel> reach = EnumSet.noneOf(DivisionLevel.class);
        invited.forEach(u -> reach.add(u.divisionLevel()));
        List<Long> sites = switch (mode == null ? MeetingMode.ON_SITE : mode) {
            case VIDEO -> invited.stream().map(Unit::id).toList();
            case HYBRID -> invited.stream().filter(u -> u.divisionLevel().compareTo(organiser.divisionLevel()) > 1)
                    .map(Unit::id).toList();
            case ON_SITE -> List.of();
        };
        return new MeetingDraft(title, type, startsAt, plannedMinutes == null ? 0 : plannedMinutes,
                mainSpeechMinutes == null ? 0 : mainSpeechMinutes, mode, reach, convener, attendeeLevel, venue,
                videoRoom, agenda, materialsRequested, invited(), sites, overQuotaReason);
    }
}
