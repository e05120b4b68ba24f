package org.jianfu.reuse.internal;

import org.jianfu.documents.IncomingFromOutside;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** 收文 feeds the library: every document registered from outside becomes a reference document, no other step. */
@Component
class ReferenceIntake {

    private final ReferenceLibrary library;

    ReferenceIntake(ReferenceLibrary library) {
        this.library = library;
    }

    @ApplicationModuleListener
    void on(IncomingFromOutside incoming) {
        library.fromIncoming(incoming);
    }
}
