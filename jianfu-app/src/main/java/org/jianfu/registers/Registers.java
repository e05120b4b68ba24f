package org.jianfu.registers;

import java.util.List;

/** What other modules may ask of the registers. Unscoped: callers apply the actor's scope. */
public interface Registers {

    /** Is {@code task} on the duty list of the township? (No record is written; see the API for that.) */
    DutyCheck checkDuty(String townshipCode, String task);

    /** Approved entries per kind owned by units in the subtree of {@code divisionCode}, {@code year} vs 2018. */
    List<RegisterCount> countsBelow(String divisionCode, int year);
}
