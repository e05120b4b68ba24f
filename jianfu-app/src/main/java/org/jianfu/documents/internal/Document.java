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

    /** 字数 of the body ({@link org.jianfu.platform.text.CharacterCount}). */
    public int length() {
        return org.jianfu.platform.text.CharacterCount.of(body);
    }

    public List<Long> allRecipientIds() {
        return java.util.stream.Stream.concat(mainRecipientIds.stream(), copyRecipientIds.stream()).toList();
    }

    public boolean editable() {
        return state == DocumentState.DRAFT;
    }
}
