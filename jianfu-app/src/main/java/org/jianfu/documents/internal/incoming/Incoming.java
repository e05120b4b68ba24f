package org.jianfu.documents.internal.incoming;

import java.time.Instant;
import java.time.LocalDate;
import org.jianfu.documents.internal.Urgency;

/** One received document in a unit's 收文登记: electronic ({@code documentId}) or on paper (with a scan). */
public record Incoming(long id, long unitId, Long documentId, String title, String originalNumber, String issuingOrgan,
                       LocalDate receivedOn, Urgency urgency, String scanName, IncomingState state, String result,
                       String registeredByName, Instant registeredAt, Instant closedAt) {

    public boolean paper() {
        return documentId == null;
    }
}
