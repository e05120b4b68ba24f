package org.jianfu.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask of the organisation tree. Unscoped: callers apply the actor's scope. */
public interface Organization {

    Optional<Division> division(String code);

    /** The top of the tree (the province, 62 for Gansu): read from the divisions, never written as a literal. */
    Division root();

    List<Division> children(String code);

    /** The chain from the province down to {@code code}, inclusive, for breadcrumbs. */
    List<Division> ancestry(String code);

    Optional<Unit> unit(long id);

    List<Unit> units(Collection<Long> ids);

    List<Unit> unitsOf(String divisionCode);

    /** Units anywhere in the subtree of {@code divisionCode}, optionally only at one level. */
    List<Unit> unitsBelow(String divisionCode, DivisionLevel level);

    Map<DivisionLevel, Long> divisionCountsByLevel();

    long unitCount();
}
