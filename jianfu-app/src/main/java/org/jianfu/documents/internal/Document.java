package org.jianfu.documents.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One document row with its addressees and co-issuers. */
public record Document(long id, long issuingUnitId, DocumentKind kind, String title, String body, boolean comprehensive,
                       Urgency urgency, HeaderStyle headerStyle, Direction direction, DocumentState state,
                       LocalDate writtenOn, String documentNumber, Instant issuedAt, Integer issueYear,
                       boolean reviewConfirmed, String reviewAnswers, long draftedBy, Long signedBy,
                       Instant createdAt, Instant updatedAt, List<Long> coIssuerIds, List<Long> mainRecipientIds,
                       List<Long> copyRecipientIds) {

    /** Body length as counted for the length rule: characters without whitespace. */
    public int length() {
        return (int) body.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }

    public List<Long> allRecipientIds() {
        return java.util.stream.Stream.concat(mainRecipientIds.stream(), copyRecipientIds.stream()).toList();
    }

    public boolean editable() {
        return state == DocumentState.DRAFT;
    }
}
