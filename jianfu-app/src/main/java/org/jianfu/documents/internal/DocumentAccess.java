package org.jianfu.documents.internal;

import java.util.Set;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Who may see and act on a document. Readers: the issuing and co-issuing units, the addressees once
 * it is issued, the units asked to countersign (会签), the 减负办 of a division above the issuer, the administrator. Anyone else gets 404.
 */
@Service
public class DocumentAccess {

    private final DocumentRepository documents;
    private final Organization organization;
    private final Countersigns countersigns;

    DocumentAccess(DocumentRepository documents, Organization organization, Countersigns countersigns) {
        this.documents = documents;
        this.organization = organization;
        this.countersigns = countersigns;
    }

    public Document readable(Actor actor, long id) {
        Document d = documents.find(id).orElseThrow(() -> missing(id));
        if (mayRead(actor, d)) {
            return d;
        }
        throw missing(id);
    }

    public boolean mayRead(Actor actor, Document d) {
        if (actor.isAdmin() || isIssuer(actor, d) || d.coIssuerIds().contains(actor.unitId())) {
            return true;
        }
        boolean out = d.state() == DocumentState.ISSUED || d.state() == DocumentState.WITHDRAWN;
        if (out && d.allRecipientIds().contains(actor.unitId())) {
            return true;
        }
        if (actor.monitors(issuer(d).divisionPath())) {
            return true;
        }
        // asked to countersign: it reads the draft it signs, and later what became of it (asked last: a query)
        return countersigns.isParty(d.id(), actor.unitId());
    }

    /** The document for an action of the issuing unit: 404 outside scope, 403 for the wrong role. */
    public Document forIssuer(Actor actor, long id, Set<Role> roles) {
        Document d = readable(actor, id);
        if (!isIssuer(actor, d) || !roles.contains(actor.role())) {
            throw new AccessDeniedException("只有发文单位的" + roles.stream().map(Role::label).sorted().toList() + "可以办理");
        }
        return d;
    }

    /**
     * The document for what stays inside the issuing side (the 发文稿纸 with its opinions): the issuing and
     * co-issuing units, the 减负办 above and the administrator; an addressee gets 403.
     */
    public Document forIssuingSide(Actor actor, long id) {
        Document d = readable(actor, id);
        boolean addresseeOnly = !isIssuer(actor, d) && !d.coIssuerIds().contains(actor.unitId()) && !actor.isAdmin()
                && !actor.monitors(issuer(d).divisionPath());
        if (addresseeOnly) {
            throw new AccessDeniedException("发文稿纸只有发文单位可以查看");
        }
        return d;
    }

    /** The document for an action of an addressee (签收, 阅知 ...). */
    public Document forRecipient(Actor actor, long id) {
        Document d = readable(actor, id);
        if (!d.allRecipientIds().contains(actor.unitId()) || d.state() != DocumentState.ISSUED
                || !Set.of(Role.CLERK, Role.LEADER, Role.CADRE).contains(actor.role())) {
            throw new AccessDeniedException("只有收文单位的文书、领导或干部可以签收");
        }
        return d;
    }

    public Unit issuer(Document d) {
        return organization.unit(d.issuingUnitId()).orElseThrow();
    }

    public static boolean isIssuer(Actor actor, Document d) {
        return actor.unitId() == d.issuingUnitId();
    }

    static NotFoundException missing(long id) {
        return new NotFoundException("公文不存在或不在本账号范围内: " + id);
    }
}
