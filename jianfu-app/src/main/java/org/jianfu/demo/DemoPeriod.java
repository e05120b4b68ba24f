package org.jianfu.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Days {@code from} (inclusive) to {@code to} (exclusive) of the living demo, seen from {@code today}.
 * Long periods before the {@link #recentFrom recent weeks} are loaded in lighter volumes; the recent
 * weeks carry what the README's tour shows (documents waiting for 签收, this period's forms …).
 */
public record DemoPeriod(LocalDate from, LocalDate to, LocalDate today) {

    /** Whole weeks before this week that count as recent: documents of the last days wait for 签收 there. */
    public static final int RECENT_WEEKS = 4;
    /** Whole weeks after this week a planning loader reaches: meetings and inspections this week and next. */
    public static final int AHEAD_WEEKS = 1;

    public DemoPeriod {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("empty period " + from + " … " + to);
        }
    }

    /**
     * The periods from {@code from} (the end of what a loader has loaded) up to its {@link #horizon}:
     * whole years up to the recent weeks, then week by week (Monday to Monday, the last one cut at the
     * horizon). A start after a long pause fills the gap the same way; nothing is left to load when
     * {@code from} has reached the horizon.
     */
    public static List<DemoPeriod> toLoad(LocalDate from, LocalDate today, boolean plansAhead) {
        LocalDate horizon = horizon(today, plansAhead);
        LocalDate recent = recentFrom(today);
        List<DemoPeriod> periods = new ArrayList<>();
        while (from.isBefore(horizon)) {
            LocalDate to;
            if (from.isBefore(recent)) {
                LocalDate nextYear = LocalDate.of(from.getYear() + 1, 1, 1);
                to = nextYear.isBefore(recent) ? nextYear : recent;
            } else {
                LocalDate nextMonday = monday(from).plusWeeks(1);
                to = nextMonday.isBefore(horizon) ? nextMonday : horizon;
            }
            periods.add(new DemoPeriod(from, to, today));
            from = to;
        }
        return periods;
    }

    /** Monday of the first recent week: before it the demo fills whole years, from it week by week. */
    public static LocalDate recentFrom(LocalDate today) {
        return monday(today).minusWeeks(RECENT_WEEKS);
    }

    /** Where a loader's data ends (exclusive): tomorrow, or the Monday after next week for planning loaders. */
    public static LocalDate horizon(LocalDate today, boolean plansAhead) {
        return plansAhead ? monday(today).plusWeeks(AHEAD_WEEKS + 1) : today.plusDays(1);
    }

    public static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Whether the period lies in the recent weeks (or ahead), where the tour looks. */
    public boolean recent() {
        return !from.isBefore(recentFrom(today));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** The working days (Monday to Friday) of the period, in order. */
    public List<LocalDate> workdays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days.add(d);
            }
        }
        return days;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(to);
    }

    /** The share of a year this period covers, for yearly volumes. */
    public double shareOfYear() {
        return days() / (double) from.lengthOfYear();
    }

    @Override
    public String toString() {
        return from + "…" + to.minusDays(1);
    }
}
