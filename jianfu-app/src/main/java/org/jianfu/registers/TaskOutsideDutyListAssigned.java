package org.jianfu.registers;

/** A task not on the township's 履职事项清单 was assigned to it (flagged, 属地管理 misuse). */
public record TaskOutsideDutyListAssigned(long taskId, long assigningUnitId, String townshipCode, String title) {
}
