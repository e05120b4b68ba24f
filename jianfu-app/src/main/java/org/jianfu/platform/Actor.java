package org.jianfu.platform;

/**
 * The signed-in user as every module sees it: who, which unit, where in the division tree.
 * Data scope follows from it: own unit for everyone, the whole division subtree for the
 * burden office ({@link Role#MONITOR}) and everything for the administrator.
 *
 * @param divisionPath the unit's division as a dotted code path, e.g. {@code 62.6201.620102}
 */
public record Actor(long accountId, String username, String displayName, Role role,
                    long unitId, String unitName, String divisionCode, String divisionPath) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** May this user see records of any unit in the division at {@code path}? */
    public boolean monitors(String path) {
        return isAdmin() || (role == Role.MONITOR && DivisionPaths.within(path, divisionPath));
    }

    /** May this user read the data of the given unit (its documents, meetings, forms ...)? */
    public boolean mayReadUnit(long otherUnitId, String otherDivisionPath) {
        return otherUnitId == unitId || monitors(otherDivisionPath);
    }

    /** May this user browse the division at {@code path} (names of units, for addressing)? */
    public boolean mayBrowseDivision(String path) {
        return isAdmin() || DivisionPaths.within(path, divisionPath);
    }

    /**
     * The root of the subtree this user may browse, as a path: the province (the top of the
     * administrator's own path) for the administrator, the own division for everyone else.
     */
    public String browseRoot() {
        return isAdmin() ? DivisionPaths.rootOf(divisionPath) : divisionPath;
    }

    /** {@link #browseRoot()} as a division code. */
    public String browseRootCode() {
        String root = browseRoot();
        return root.substring(root.lastIndexOf('.') + 1);
    }
}
