package org.jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which periods the living demo loads: whole years, then weeks up to tomorrow or the end of next week. */
class DemoPeriodTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2); // a Wednesday

    @Test
    void aFreshDatabaseGetsEveryYearFrom2020ThenTheRecentWeeks() {
        List<DemoPeriod> periods = DemoPeriod.toLoad(LocalDate.of(2020, 1, 1), TODAY, false);
        assertThat(periods).extracting(p -> p.from().toString()).containsExactly("2020-01-01", "2021-01-01", "2022-01-01",
                "2023-01-01", "2024-01-01", "2025-01-01", "2026-01-01", "2026-11-02", "2026-11-09", "2026-11-16",
                "2026-11-23", "2026-11-30");
        assertThat(periods.get(6).to()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(periods.getLast().to()).as("up to today, not beyond").isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(periods.get(5).recent()).isFalse();
        assertThat(periods.get(7).recent()).isTrue();
    }

    @Test
    void planningLoadersReachTheEndOfNextWeek() {
        List<DemoPeriod> periods = DemoPeriod.toLoad(LocalDate.of(2026, 11, 30), TODAY, true);
        assertThat(periods).extracting(DemoPeriod::toString).containsExactly("2026-11-30…2026-12-06", "2026-12-07…2026-12-13");
    }

    @Test
    void aLaterStartTopsUpOnlyWhatIsNew() {
        assertThat(DemoPeriod.toLoad(LocalDate.of(2026, 12, 3), TODAY, false)).isEmpty();
        assertThat(DemoPeriod.toLoad(LocalDate.of(2026, 12, 14), TODAY, true)).isEmpty();
        LocalDate nextWeek = TODAY.plusDays(8);
        assertThat(DemoPeriod.toLoad(LocalDate.of(2026, 12, 3), nextWeek, false)).extracting(DemoPeriod::toString)
                .containsExactly("2026-12-03…2026-12-06", "2026-12-07…2026-12-10");
        assertThat(DemoPeriod.toLoad(LocalDate.of(2026, 12, 14), nextWeek, true)).extracting(DemoPeriod::toString)
                .containsExactly("2026-12-14…2026-12-20");
    }

    @Test
    void aLongPauseIsFilledYearByYearThenWeekByWeek() {
        LocalDate muchLater = LocalDate.of(2028, 3, 15);
        List<DemoPeriod> periods = DemoPeriod.toLoad(LocalDate.of(2026, 12, 3), muchLater, false);
        assertThat(periods.get(0)).hasToString("2026-12-03…2026-12-31");
        assertThat(periods.get(1)).hasToString("2027-01-01…2027-12-31");
        assertThat(periods.get(2).from()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(periods.getLast().to()).isEqualTo(muchLater.plusDays(1));
    }
}
