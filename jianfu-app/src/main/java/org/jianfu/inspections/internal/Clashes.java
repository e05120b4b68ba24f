package org.jianfu.inspections.internal;

import java.util.List;
import org.jianfu.meetings.Meetings;
import org.jianfu.meetings.spi.CalendarEntry;

/** What else the inspected units have on the inspection's day (meetings, other inspections), for the department. */
final class Clashes {

    private Clashes() {
    }

    static List<CalendarEntry> of(Inspection i, Meetings meetings) {
        String own = i.jointId() != null ? "joint:" + i.jointId() : "inspection:" + i.id();
        return meetings.calendar(i.targetUnitIds(), i.scheduledOn(), i.scheduledOn()).stream()
                .filter(e -> !e.key().equals(own)).toList();
    }
}
