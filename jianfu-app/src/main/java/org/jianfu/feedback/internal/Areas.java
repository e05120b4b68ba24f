package org.jianfu.feedback.internal;

/** County-level coarsening of division paths ({@code 62.6201.620102.620102001} → {@code 620102}). */
final class Areas {

    private static final int COUNTY_DEPTH = 3;

    private Areas() {
    }

    /** The county of a path, or the path's own division if it lies above county level. */
    static String countyOrAbove(String path) {
        String[] codes = path.split("\\.");
        return codes[Math.min(codes.length, COUNTY_DEPTH) - 1];
    }
}
