package org.jianfu.documents.internal.incoming;

import org.jianfu.platform.Actor;

/** How a person is named in the handling record: name and unit, as in the 公文 history. */
final class ActorNames {

    private ActorNames() {
    }

    static String of(Actor actor) {
        return actor.displayName() + "（" + actor.unitName() + "）";
    }
}
