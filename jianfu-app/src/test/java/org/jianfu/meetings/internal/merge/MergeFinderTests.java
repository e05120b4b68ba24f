package org.jianfu.meetings.internal.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.jianfu.meetings.MeetingMode;
import org.jianfu.meetings.MeetingType;
import org.jianfu.meetings.internal.LeaderLevel;
import org.jianfu.meetings.internal.Meeting;
import org.jianfu.meetings.internal.MeetingState;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.junit.jupiter.api.Test;

class MergeFinderTests {

    static final Unit CITY = unit(1, "62.6201", DivisionLevel.PREFECTURE);
    static final Unit COUNTY = unit(2, "62.6201.620102", DivisionLevel.COUNTY);
    static final Unit TOWNSHIP = unit(3, "62.6201.620102.620102001", DivisionLevel.TOWNSHIP);
    static final Unit OTHER_COUNTY = unit(4, "62.6201.620103", DivisionLevel.COUNTY);
    static final LocalDateTime DAY = LocalDateTime.of(2019, 12, 2, 9, 0);

    final MergeFinder finder = new MergeFinder(21, 0.6);

    static Unit unit(long id, String path, DivisionLevel level) {
        String code = path.substring(path.lastIndexOf('.') + 1);
        return new Unit(id, code, path, level, "u" + id, "u" + id, UnitKind.DEPARTMENT, "water", "");
    }

    static MergeCandidate candidate(long id, Unit organiser, String title, LocalDateTime at, int invited) {
        Meeting m = new Meeting(id, organiser.id(), "u", title, MeetingType.SPECIAL, at, 120, 30, MeetingMode.ON_SITE,
                EnumSet.of(DivisionLevel.TOWNSHIP), LeaderLevel.DEPUTY, LeaderLevel.DEPUTY, "会场", null, "", "",
                MeetingState.PLANNED, null, null);
        return new MergeCandidate(m, organiser, List.of("甘肃省", "兰州市", "城关区", "七里河区", "酒泉路街道"), invited, invited * 2.0);
    }

    @Test
    void theSameTopicAlongOneAncestryWithinTheWindowIsOneProposal() {
        var city = candidate(10, CITY, "兰州市冬春农田水利基本建设工作会议", DAY, 8);
        var county = candidate(11, COUNTY, "城关区冬春农田水利基本建设工作会议", DAY.plusDays(3), 15);
        var township = candidate(12, TOWNSHIP, "酒泉路街道冬春农田水利基本建设会议", DAY.plusDays(6), 10);
        List<MergeProposal> found = finder.find(List.of(township, county, city));
        assertThat(found).hasSize(1);
        MergeProposal p = found.getFirst();
        assertThat(p.top().id()).isEqualTo(10);
        assertThat(p.lower()).extracting(Meeting::id).containsExactly(11L, 12L);
        // lower meetings: 25 invited units × half a day; travel: (8 + 15 + 10) units × 2 h
        assertThat(p.attendeeDaysSaved()).isEqualTo(12.5);
        assertThat(p.travelHoursSaved()).isEqualTo(66.0);
    }

    @Test
    void differentTopicsOtherBranchesAndDistantDatesAreNotMerged() {
        var county = candidate(11, COUNTY, "城关区冬春农田水利基本建设工作会议", DAY, 15);
        var otherTopic = candidate(12, TOWNSHIP, "酒泉路街道安全生产工作会议", DAY.plusDays(1), 10);
        var sibling = candidate(13, OTHER_COUNTY, "七里河区冬春农田水利基本建设工作会议", DAY.plusDays(1), 10);
        var late = candidate(14, TOWNSHIP, "酒泉路街道冬春农田水利基本建设工作会议", DAY.plusDays(40), 10);
        assertThat(finder.find(List.of(county, otherTopic, sibling, late))).isEmpty();
    }

    @Test
    void placeNamesAndWholeAreaWordsDoNotCountAsDifference() {
        assertThat(TitleSimilarity.normalise("全市春耕生产工作会议", List.of("兰州市")))
                .isEqualTo(TitleSimilarity.normalise("城关区春耕生产工作会议", List.of("城关区")));
        assertThat(TitleSimilarity.of(TitleSimilarity.normalise("春耕生产工作会议", List.of()),
                TitleSimilarity.normalise("安全生产工作会议", List.of()))).isLessThan(0.6);
    }
}
