package org.jianfu.monitoring.internal.sources;

import org.jianfu.organization.Unit;

/**
 * Estimated round-trip hours to a meeting venue, by how many levels separate the attendee's division
 * from the organiser's: same division 0.5 h, one level 1 h, two 2 h, three 4 h, four (province to
 * village) 8 h. A rough, documented estimate (docs/burden-index.md) until venues carry addresses.
 */
final class Travel {

    private static final double[] HOURS = {0.5, 1, 2, 4, 8};

    private Travel() {
    }

    static double roundTripHours(Unit organiser, Unit attendee) {
        int levels = Math.abs(depth(attendee.divisionPath()) - depth(organiser.divisionPath()));
        return HOURS[Math.min(levels, HOURS.length - 1)];
    }

    private static int depth(String path) {
        return path.split("\\.").length;
    }
}
