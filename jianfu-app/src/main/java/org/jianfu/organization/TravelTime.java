package org.jianfu.organization;

/**
 * Estimated round-trip hours to a meeting venue, by how many levels separate the attendee's division
 * from the venue's: same level 0.5 h, one level 1 h, two 2 h, three 4 h, four (province to village)
 * 8 h. A rough, documented estimate (docs/burden-index.md, the page /monitoring/index-explained) until
 * venues carry addresses; the burden index and the savings of a meeting merge both read it here.
 */
public final class TravelTime {

    private static final double[] HOURS = {0.5, 1, 2, 4, 8};

    private TravelTime() {
    }

    public static double roundTripHours(DivisionLevel venue, DivisionLevel attendee) {
        int levels = Math.abs(attendee.ordinal() - venue.ordinal());
        return HOURS[Math.min(levels, HOURS.length - 1)];
    }

    /** The same table in words, for the pages that explain it. */
    public static String explained() {
        return "同一区划 0.5 小时，相隔一级 1 小时，两级 2 小时，三级 4 小时，四级 8 小时";
    }
}
