package org.jianfu.feedback.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/** The only time anything in feedback records: the Monday of the current week, Beijing time. */
final class AnonymousTime {

    static final ZoneId BEIJING = org.jianfu.platform.time.ChinaTime.ZONE;

    private AnonymousTime() {
    }

    static LocalDate thisWeek(Clock clock) {
        return LocalDate.now(clock).with(DayOfWeek.MONDAY);
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }
}
