package org.jianfu.meetings.internal.merge;

import org.jianfu.organization.DivisionLevel;

/**
 * Rough round-trip travel time to a venue, by how many levels up it is (a village cadre to the
 * township ≈ 2 h, to the county ≈ 4 h). An estimate for showing savings, not a measurement.
 */
final class Travel {

    private Travel() {
    }

    static double roundTripHours(DivisionLevel venue, DivisionLevel from) {
        int gap = from.ordinal() - venue.ordinal();
        return switch (Math.max(gap, 0)) {
            case 0 -> 0.5;
            case 1 -> 2;
            case 2 -> 4;
            default -> 6;
        };
    }
}
