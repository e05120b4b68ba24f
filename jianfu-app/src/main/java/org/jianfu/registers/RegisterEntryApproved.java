package org.jianfu.registers;

import java.util.List;

/** A register entry (pledge, veto item, demonstration activity, secondment) was approved and now burdens the counterparts. */
public record RegisterEntryApproved(long entryId, RegisterKind kind, long ownerUnitId, List<Long> counterpartUnitIds, int year) {
}
