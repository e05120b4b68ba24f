package org.jianfu.documents.internal.incoming;

import java.time.Clock;
import java.time.Instant;
import org.jianfu.platform.Actor;
import org.springframework.stereotype.Component;

/**
 * Where 收文 meets 收文办理: signing for a document registers it in the unit's 收文登记, and the one-tap
 * 办理完毕 of a small unit closes its handling. Kept apart from {@link IncomingHandling} so that the inbox can
 * call it and the handling can call the inbox without a cycle.
 */
@Component
public class IncomingRegister {

    private final IncomingRepository incoming;
    private final Clock clock;

    IncomingRegister(IncomingRepository incoming, Clock clock) {
        this.incoming = incoming;
        this.clock = clock;
    }

    /** The unit signed for the document: it is registered, as electronic documents arrive registered. */
    public void signedFor(Actor actor, long documentId) {
        Instant now = clock.instant();
        long id = incoming.registerElectronic(actor.unitId(), documentId, actor.accountId(), now);
        incoming.step(id, IncomingAction.REGISTER, actor.accountId(), ActorNames.of(actor), "签收即登记", now);
    }

    /** 办理完毕 pressed on the document page: the unit's handling closes with the same note, unless closed already. */
    public void handledOnPage(Actor actor, long documentId, String note) {
        incoming.ofDocument(documentId, actor.unitId()).filter(i -> i.state() != IncomingState.CLOSED).ifPresent(i -> {
            Instant now = clock.instant();
            String result = note == null || note.isBlank() ? "办理完毕" : note.strip();
            incoming.close(i.id(), result, now);
            incoming.step(i.id(), IncomingAction.CLOSE, actor.accountId(), ActorNames.of(actor), result, now);
        });
    }
}
