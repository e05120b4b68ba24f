package org.jianfu.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.jianfu.meetings.MeetingMode;
import org.jianfu.meetings.MeetingType;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.junit.jupiter.api.Test;

class MeetingRulesTests {

    static final LocalDateTime NOW = LocalDateTime.of(2019, 3, 1, 8, 0);
    static final Unit COUNTY_AGRI = unit(1, "620102", "62.6201.620102", DivisionLevel.COUNTY, "城关区农业农村局", UnitKind.DEPARTMENT, "agri");
    static final Unit TOWNSHIP_GOV = unit(2, "620102001", "62.6201.620102.620102001", DivisionLevel.TOWNSHIP, "酒泉路街道办事处", UnitKind.GOVERNMENT, "gov");
    static final Unit OTHER_COUNTY_GOV = unit(3, "620103001", "62.6201.620103.620103001", DivisionLevel.TOWNSHIP, "七里河区某街道办事处", UnitKind.GOVERNMENT, "gov");
    static final Unit LOWER_EDU = unit(4, "620102001", "62.6201.620102.620102001", DivisionLevel.TOWNSHIP, "某街道教育办", UnitKind.DEPARTMENT, "edu");
    static final Unit VILLAGE = unit(5, "620102001001", "62.6201.620102.620102001.620102001001", DivisionLevel.VILLAGE, "某社区居委会", UnitKind.VILLAGE_COMMITTEE, "committee");

    final MeetingRules rules = new MeetingRules(MeetingLimits.defaults());

    static Unit unit(long id, String code, String path, DivisionLevel level, String name, UnitKind kind, String key) {
        return new Unit(id, code, path, level, name, name, kind, key, "");
    }

    static MeetingDraft draft(MeetingType type, int minutes, int speech, LeaderLevel convener, LeaderLevel attendees,
                              MeetingMode mode, List<Long> invited) {
        return new MeetingDraft("春耕生产工作会议", type, NOW.plusDays(3), minutes, speech, mode,
                EnumSet.of(DivisionLevel.TOWNSHIP), convener, attendees, "区政府三楼会议室", "1001", "", "", invited, List.of(), null);
    }

    @Test
    void aShortSpecialMeetingOfTheDeputyWithTheTownshipsPasses() {
        var d = draft(MeetingType.SPECIAL, 90, 30, LeaderLevel.DEPUTY, LeaderLevel.DEPUTY, MeetingMode.HYBRID, List.of(2L));
        assertThat(rules.violations(d, COUNTY_AGRI, List.of(TOWNSHIP_GOV), 0, NOW)).isEmpty();
    }

    @Test
    void oneComprehensiveWorkMeetingPerSystemAndYear() {
        var d = draft(MeetingType.COMPREHENSIVE, 120, 30, LeaderLevel.PRINCIPAL, LeaderLevel.PRINCIPAL, MeetingMode.ON_SITE, List.of(2L));
        assertThat(rules.violations(d, COUNTY_AGRI, List.of(TOWNSHIP_GOV), 0, NOW)).isEmpty();
        assertThat(rules.violations(d, COUNTY_AGRI, List.of(TOWNSHIP_GOV), 1, NOW))
                .containsExactly("本系统2019年已安排综合性工作会议，每个系统每年至多召开1次");
    }

    @Test
    void mainSpeechAtMostAnHourAndMeetingsAtMostHalfADayButTrainingLonger() {
        var longOne = draft(MeetingType.SPECIAL, 300, 75, LeaderLevel.DEPUTY, LeaderLevel.DEPUTY, MeetingMode.ON_SITE, List.of(2L));
        assertThat(rules.violations(longOne, COUNTY_AGRI, List.of(TOWNSHIP_GOV), 0, NOW))
                .containsExactly("主报告时长不得超过60分钟", "专题会议时长不得超过240分钟");
        var training = draft(MeetingType.TRAINING, 300, 0, LeaderLevel.DEPUTY, LeaderLevel.STAFF, MeetingMode.ON_SITE, List.of(2L));
        assertThat(rules.violations(training, COUNTY_AGRI, List.of(TOWNSHIP_GOV), 0, NOW)).isEmpty();
    }

    @Test
    void aDeputysMeetingMayNotSummonLowerPrincipalLeaders() {
        var d = draft(MeetingType.SPECIAL, 90, 30, LeaderLevel.DEPUTY, LeaderLevel.PRINCIPAL, MeetingMode.ON_SITE, List.of(2L));
        assertThat(rules.violations(d, COUNTY_AGRI, List.of(TOWNSHIP_GOV), 0, NOW))
                .containsExactly("分管负责同志召开的会议不得要求下级主要负责同志参加（不搞层层陪会）");
    }

    @Test
    void onlyRelevantUnitsInTheOrganisersSubtreeAndReach() {
        var d = draft(MeetingType.SPECIAL, 90, 30, LeaderLevel.DEPUTY, LeaderLevel.DEPUTY, MeetingMode.ON_SITE, List.of(3L, 4L, 5L));
        assertThat(rules.violations(d, COUNTY_AGRI, List.of(OTHER_COUNTY_GOV, LOWER_EDU, VILLAGE), 0, NOW)).containsExactly(
                "七里河区某街道办事处不在本级及下级范围内",
                "某街道教育办与本系统会议无关（只请相关单位参会）",
                "某社区居委会所在层级（村社区）不在会议覆盖范围内");
    }

    @Test
    void videoMeetingsNameTheRoomOfTheProvincesSystemAndPastTimesAreRefused() {
        var d = new MeetingDraft("会", MeetingType.SPECIAL, NOW.minusDays(1), 60, 0, MeetingMode.VIDEO,
                EnumSet.of(DivisionLevel.TOWNSHIP), LeaderLevel.DEPUTY, LeaderLevel.DEPUTY, null, " ", "", "",
                List.of(2L), List.of(2L), null);
        assertThat(rules.violations(d, COUNTY_AGRI, List.of(TOWNSHIP_GOV), 0, NOW))
                .containsExactly("会议时间已过，请选择今后的时间", "视频会议须填写省视频会议系统的会议室号或链接");
    }
}
