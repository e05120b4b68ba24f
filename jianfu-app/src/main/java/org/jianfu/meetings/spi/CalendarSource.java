package org.jianfu.meetings.spi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** A module's dated items that land on units; must be quick (one query per call). */
public interface CalendarSource {

    /**
     * Items involving any of {@code unitIds} (as host, attendee or organiser) that start within
     * [from, to], one entry per unit concerned.
     */
    List<CalendarEntry> entriesFor(Collection<Long> unitIds, LocalDate from, LocalDate to);
}
