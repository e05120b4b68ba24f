package org.jianfu.audit;

import java.util.List;
import org.jianfu.platform.Actor;

/**
 * Records consequential acts in the tamper-evident audit log (who, what, when, from where) and verifies it.
 * Each entry is linked to the previous one by an HMAC under a key kept outside the database.
 */
public interface AuditLog {

    /** Appends an entry in the caller's transaction: if the action rolls back, so does its entry. */
    void record(Actor actor, String action, String subject, String details);

    /** An entry without a signed-in user (e.g. a failed login for a username). */
    void recordAnonymous(String username, String action, String subject, String details);

    /** Writes a signed checkpoint of the newest entry outside the database (also done every few minutes). */
    void checkpoint();

    /**
     * Recomputes the keyed chain and compares it with the checkpoints written so far: an edited entry, a
     * chain recomputed without the key, and deleted entries up to the newest checkpoint are found. An empty
     * list means every entry is intact.
     */
    List<AuditBreak> verify();

    /** Where the chain is broken and why. */
    record AuditBreak(long seq, String reason) {
    }
}
