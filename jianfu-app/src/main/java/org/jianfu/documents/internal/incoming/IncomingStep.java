package org.jianfu.documents.internal.incoming;

import java.time.Instant;

/** One line of the handling record: who did what when, with the opinion or result. */
public record IncomingStep(IncomingAction action, String actorName, String opinion, Instant at) {
}
