package org.jianfu.documents;

import java.util.List;
import java.util.Optional;
import org.jianfu.platform.Actor;

/**
 * What other modules may read of 公文. Unscoped: callers apply the actor's scope.
 *
 * <p>For 查重 (reuse): {@link #text} gives a document's title and body (drafts too, so the gate can
 * check a draft against issued documents); {@link #issuedIn} lists the ids of the documents issued
 * (印发, not withdrawn) in a year, optionally only those whose lead issuing unit lies in a division
 * subtree, in issuing order — enough to build the index of a year's documents. New ones arrive by
 * {@link DocumentIssued}.
 *
 * <p>For 发文限额 (quota): {@link #issuedDownwardBy} lists a unit's documents issued to lower levels
 * in a year (a joint document counts once, for its lead unit).
 *
 * <p>For 会议纪要 (meetings): {@link #draft} starts a draft in the actor's unit through the normal
 * drafting path (role, addressing and 行文规则 apply; the actor's scope is documents' own), and
 * {@link #status} tells a page where that document stands.
 */
public interface Documents {

    /**
     * May {@code actor} read the document: the one reading rule of 公文 (issuer and co-issuers, recipients
     * once it is issued, the 减负办 above the issuer, the administrator). False for an unknown id.
     */
    boolean mayRead(Actor actor, long documentId);

    /** The text of a document in any state, or empty when there is no such document. */
    Optional<DocumentText> text(long documentId);

    /**
     * Ids of the documents issued in {@code year}; with {@code divisionCode} only those whose lead
     * issuing unit belongs to that division or one below it (null = the whole province).
     */
    List<Long> issuedIn(int year, String divisionCode);

    /** Ids of the documents {@code unitId} issued (as lead unit) to lower levels in {@code year}. */
    List<Long> issuedDownwardBy(long unitId, int year);

    /**
     * Creates a draft of the actor's unit as if its clerk had filled in the drafting form; returns its id.
     * Throws {@link org.jianfu.platform.RuleViolationException} (Chinese reason) for a bad kind or
     * addressees, and an access-denied exception for anyone but a unit clerk.
     */
    long draft(Actor actor, DraftRequest request);

    /** Title, state and 文号 of a document, or empty when there is no such document. */
    Optional<DocumentStatus> status(long documentId);
}
