package org.jianfu.audit;

import java.util.List;
import org.jianfu.platform.Actor;

/** Records actions in the tamper-evident audit log and verifies its chain. */
public interface AuditLog {

    /** Appends an entry in the caller's transaction: if the action rolls back, so does its entry. */
    void record(Actor actor, String action, String subject, String details);

    /** An entry without a signed-in user (e.g. a failed login for a username). */
    void recordAnonymous(String username, String action, String subject, String details);

    /** Recomputes the chain; an empty list means every entry is intact. */
    List<AuditBreak> verify();

    /** Where the chain is broken and why. */
    record AuditBreak(long seq, String reason) {
    }
}
