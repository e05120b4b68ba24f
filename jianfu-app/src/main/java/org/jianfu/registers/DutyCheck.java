package org.jianfu.registers;

/**
 * Whether a task is on a township's duty list.
 *
 * @param matchedDuty the list item it matched, or {@code null} when it is off the list
 */
public record DutyCheck(String townshipCode, String task, boolean onList, String matchedDuty) {
}
