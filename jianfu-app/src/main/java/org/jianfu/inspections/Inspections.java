package org.jianfu.inspections;

import java.time.YearMonth;
import java.util.List;

/** What other modules (monitoring) may ask of inspections. Unscoped: callers apply the actor's scope. */
public interface Inspections {

    /** Per hosting unit in the subtree of {@code divisionCode}: inspections in {@code month}. */
    List<HostingLoad> hostedBelow(String divisionCode, YearMonth month);
}
