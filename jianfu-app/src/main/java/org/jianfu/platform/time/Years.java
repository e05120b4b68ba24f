package org.jianfu.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The years the application speaks of: the base year every reduction is measured against
 * ({@code jianfu.base-year}, 2018 for Gansu's 2019 rules), the current year of the {@link Clock}, and
 * the years a yearly page offers in its year switch.
 */
@Component
public class Years {

    private final Clock clock;
    private final int base;

    public Years(Clock clock, @Value("${jianfu.base-year:2018}") int base) {
        this.clock = clock;
        this.base = base;
    }

    /** The base year (2018): counts of later years are compared with it. */
    public int base() {
        return base;
    }

    /** This year by the clock, in the configured zone. */
    public int current() {
        return Year.now(clock).getValue();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** {@code requested} when it is one of {@link #switchable()}, otherwise the current year. */
    public int shown(Integer requested) {
        return requested != null && requested >= base && requested <= current() + 1 ? requested : current();
    }

    /** The years a year switch offers, newest first: next year (for plans), this year, … the base year. */
    public List<Integer> switchable() {
        int last = current() + 1;
        return IntStream.rangeClosed(base, last).map(y -> last - y + base).boxed().toList();
    }
}
