package org.jianfu.reuse.internal;

import org.jianfu.documents.DocumentText;
import org.jianfu.documents.Documents;
import org.jianfu.organization.OrganizationScope;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.springframework.stereotype.Component;

/** A document's 查重 result is readable by whoever may read its issuing unit's records. */
@Component
class CheckedDocuments {

    private final Documents documents;
    private final OrganizationScope scope;

    CheckedDocuments(Documents documents, OrganizationScope scope) {
        this.documents = documents;
        this.scope = scope;
    }

    DocumentText readable(Actor actor, long documentId) {
        DocumentText text = documents.text(documentId)
                .orElseThrow(() -> new NotFoundException("公文不存在或不在本账号范围内: " + documentId));
        scope.readableUnit(actor, text.issuingUnitId());
        return text;
    }

    /** The title for lists; the caller has already scoped the list. */
    String title(long documentId) {
        return documents.text(documentId).map(d -> d.documentNumber() == null ? d.title() : d.title() + "（" + d.documentNumber() + "）")
                .orElse("#" + documentId);
    }
}
