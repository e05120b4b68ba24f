package org.jianfu.platform;

/** Dotted division code paths ({@code 62.6201.620102}) and the subtree test on them. */
public final class DivisionPaths {

    private DivisionPaths() {
    }

    /** Is {@code path} equal to {@code root} or below it? */
    public static boolean within(String path, String root) {
        return path.equals(root) || path.startsWith(root + ".");
    }

    public static String rootOf(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    /** SQL LIKE pattern for everything strictly below {@code root}. */
    public static String belowPattern(String root) {
        return root + ".%";
    }
}
