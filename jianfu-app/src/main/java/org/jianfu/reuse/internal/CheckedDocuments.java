package org.jianfu.reuse.internal;

import org.jianfu.documents.DocumentText;
import org.jianfu.documents.Documents;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A document's 查重 result is readable by whoever may read the document: the one reading rule of 公文
 * ({@link Documents#mayRead}), not a second rule of this module's own.
 */
@Component
class CheckedDocuments {

    private final Documents documents;

    CheckedDocuments(Documents documents) {
        this.documents = documents;
    }

    DocumentText readable(Actor actor, long documentId) {
        return documents.text(documentId).filter(d -> documents.mayRead(actor, documentId))
                .orElseThrow(() -> new NotFoundException("公文不存在或不在本账号范围内: " + documentId));
    }

    /** The title for lists; the caller has already scoped the list. */
    String title(long documentId) {
        return documents.text(documentId).map(d -> d.documentNumber() == null ? d.title() : d.title() + "（" + d.documentNumber() + "）")
                .orElse("#" + documentId);
    }
}
