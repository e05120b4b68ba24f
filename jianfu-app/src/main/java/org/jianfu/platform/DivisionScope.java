package org.jianfu.platform;

/**
 * What one signed-in user may see, as a value: the one home of data scope. Everyone reads their own unit's
 * records; a 减负办 ({@link Role#MONITOR}) reads every unit of its division subtree; the administrator reads
 * everything. Browsing the organisation (names of units, to address a document) is allowed within one's own
 * division subtree, the whole province for the administrator. SQL renders a subtree with {@link DivisionPaths}.
 *
 * @param ownUnitId     the user's unit
 * @param ownPath       the unit's division path, e.g. {@code 62.6201.620102}
 * @param monitors      whether the user reads the whole subtree below {@code ownPath} (a 减负办)
 * @param everything    whether the user reads everything (the administrator)
 */
public record DivisionScope(long ownUnitId, String ownPath, boolean monitors, boolean everything) {

    static DivisionScope of(Actor actor) {
        return new DivisionScope(actor.unitId(), actor.divisionPath(), actor.role() == Role.MONITOR, actor.isAdmin());
    }

    /** May records of any unit in the division at {@code path} be read? */
    public boolean monitors(String path) {
        return everything || (monitors && DivisionPaths.within(path, ownPath));
    }

    /** May the records of this unit (documents, meetings, forms ...) be read? */
    public boolean mayReadUnit(long unitId, String unitPath) {
        return unitId == ownUnitId || monitors(unitPath);
    }

    /** May the division at {@code path} be browsed (names of its units, for addressing)? */
    public boolean mayBrowse(String path) {
        return everything || DivisionPaths.within(path, ownPath);
    }

    /** The root of what may be browsed: the province for the administrator, the own division otherwise. */
    public String browseRoot() {
        return everything ? DivisionPaths.rootOf(ownPath) : ownPath;
    }
}
