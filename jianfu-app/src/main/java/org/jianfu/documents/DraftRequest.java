package org.jianfu.documents;

import java.util.List;

/**
 * A draft another module starts for the actor's unit (e.g. meetings: a 纪要 from a held meeting).
 * It becomes an ordinary draft: the clerk edits it, answers the consistency review and sends it
 * through 核稿, 签发 and 印发 like any other.
 *
 * @param kind the 文种 by its code name: NOTICE, OPINION, DECISION, PLAN, REPORT, REQUEST, LETTER, MINUTES
 */
public record DraftRequest(String kind, String title, String body, List<Long> mainRecipientIds,
                           List<Long> copyRecipientIds) {

    public DraftRequest {
        mainRecipientIds = mainRecipientIds == null ? List.of() : List.copyOf(mainRecipientIds);
        copyRecipientIds = copyRecipientIds == null ? List.of() : List.copyOf(copyRecipientIds);
    }

    /** A 纪要 to the given main recipients. */
    public static DraftRequest minutes(String title, String body, List<Long> mainRecipientIds) {
        return new DraftRequest("MINUTES", title, body, mainRecipientIds, List.of());
    }
}
