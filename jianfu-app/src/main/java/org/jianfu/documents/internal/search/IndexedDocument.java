package org.jianfu.documents.internal.search;

import java.time.Instant;
import java.util.List;
import org.jianfu.documents.internal.DocumentKind;
import org.jianfu.documents.internal.DocumentState;

/**
 * What the search index holds of one document: the searchable text and the facts its reading rule
 * needs ({@link org.jianfu.documents.internal.DocumentAccess#mayRead}).
 *
 * @param issuerNames      the lead unit's and the co-issuers' names (full and short)
 * @param issuerPath       the lead unit's division path (the 减负办 above it may read)
 * @param at               issued at, or last changed for a document not (yet) issued
 */
record IndexedDocument(long id, String title, String body, DocumentKind kind, DocumentState state,
                       String documentNumber, long issuingUnitId, String issuerShortName, String issuerNames,
                       String issuerPath, List<Long> coIssuerIds, List<Long> recipientIds, Instant at) {

    boolean outToRecipients() {
        return state == DocumentState.ISSUED || state == DocumentState.WITHDRAWN;
    }
}
