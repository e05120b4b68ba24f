package org.jianfu.identity.internal.delegation;

import java.time.Instant;
import java.time.LocalDate;

/** One delegation: who lets whom sign or approve, from when to when, and whether it was revoked. */
public record DelegationEntry(long id, long delegatorId, String delegatorName, long deputyId, String deputyName,
                              DelegationScope scope, LocalDate startsOn, LocalDate endsOn, Instant revokedAt) {

    public boolean activeOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public boolean over(LocalDate day) {
        return revokedAt != null || day.isAfter(endsOn);
    }
}
