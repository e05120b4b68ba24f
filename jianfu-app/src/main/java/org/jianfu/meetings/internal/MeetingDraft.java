package org.jianfu.meetings.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jianfu.meetings.MeetingMode;
import org.jianfu.meetings.MeetingType;
import org.jianfu.organization.DivisionLevel;

/**
 * A meeting as the organiser plans it.
 *
 * @param receivingSiteUnitIds invited units that follow a video meeting at their own site
 * @param overQuotaReason      needed only when the unit's annual plan is used up
 */
public record MeetingDraft(@NotBlank(message = "请填写会议名称") String title, @NotNull MeetingType type,
                           @NotNull LocalDateTime startsAt, @Positive int plannedMinutes,
                           @PositiveOrZero int mainSpeechMinutes, @NotNull MeetingMode mode,
                           @NotEmpty Set<DivisionLevel> reach, @NotNull LeaderLevel convener,
                           @NotNull LeaderLevel attendeeLevel, String venue, String videoRoom, String agenda,
                           String materialsRequested, @NotEmpty List<Long> invitedUnitIds,
                           List<Long> receivingSiteUnitIds, String overQuotaReason) {

    public List<Long> receivingSites() {
        return receivingSiteUnitIds == null ? List.of() : receivingSiteUnitIds;
    }
}
