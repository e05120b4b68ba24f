package org.jianfu.platform;

/**
 * Dotted division code paths ({@code 62.6201.620102}), the subtree test on them, and the one way SQL says
 * "in this subtree": {@link #sqlWithin} with {@link #belowPattern} as its second parameter. Every scoped
 * query renders its subtree condition here.
 */
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

    /** {@code column} is the root or below it, with two positional parameters: the root, then {@link #belowPattern}. */
    public static String sqlWithin(String column) {
        return "(" + column + " = ? or " + column + " like ?)";
    }

    /** The same with named parameters: {@code :name} (the root) and {@code :nameBelow} ({@link #belowPattern}). */
    public static String sqlWithin(String column, String name) {
        return "(" + column + " = :" + name + " or " + column + " like :" + name + "Below)";
    }

    /** {@code column} is the root or below {@code rootColumn}, both columns of the query. */
    public static String sqlWithinColumn(String column, String rootColumn) {
        return "(" + column + " = " + rootColumn + " or " + column + " like " + rootColumn + " || '.%')";
    }

    /** {@code column} holds the path given as two positional parameters (the path twice): it is that path or above it. */
    public static String sqlHolding(String column) {
        return "(" + column + " = ? or ? like " + column + " || '.%')";
    }
}
