package org.jianfu.platform;

/**
 * The signed-in user as every module sees it: who, which unit, where in the division tree.
 * Data scope follows from it and lives in {@link DivisionScope} ({@link #scope()}): own unit for everyone,
 * the whole division subtree for the burden office ({@link Role#MONITOR}) and everything for the
 * administrator; the methods below ask it.
 *
 * @param divisionPath the unit's division as a dotted code path, e.g. {@code 62.6201.620102}
 */
public record Actor(long accountId, String username, String displayName, Role role,
                    long unitId, String unitName, String divisionCode, String divisionPath) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** What this user may see: the one home of data scope. */
    public DivisionScope scope() {
        return DivisionScope.of(this);
    }

    /** May this user see records of any unit in the division at {@code path}? */
    public boolean monitors(String path) {
        return scope().monitors(path);
    }

    /** May this user read the data of the given unit (its documents, meetings, forms ...)? */
    public boolean mayReadUnit(long otherUnitId, String otherDivisionPath) {
        return scope().mayReadUnit(otherUnitId, otherDivisionPath);
    }

    /** May this user browse the division at {@code path} (names of units, for addressing)? */
    public boolean mayBrowseDivision(String path) {
        return scope().mayBrowse(path);
    }

    /**
     * The root of the subtree this user may browse, as a path: the province (the top of the
     * administrator's own path) for the administrator, the own division for everyone else.
     */
    public String browseRoot() {
        return scope().browseRoot();
    }

    /** {@link #browseRoot()} as a division code. */
    public String browseRootCode() {
        String root = browseRoot();
        return root.substring(root.lastIndexOf('.') + 1);
    }
}
