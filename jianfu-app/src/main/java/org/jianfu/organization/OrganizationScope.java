package org.jianfu.organization;

import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The organisation tree as one actor may see it. Anything outside the actor's scope is reported
 * as missing, exactly like an unknown code, so probing reveals nothing.
 */
@Service
public class OrganizationScope {

    private final Organization organization;

    OrganizationScope(Organization organization) {
        this.organization = organization;
    }

    public Division division(Actor actor, String code) {
        return organization.division(code).filter(d -> actor.mayBrowseDivision(d.path()))
                .orElseThrow(() -> new NotFoundException("行政区划不存在或不在本账号范围内: " + code));
    }

    public Unit unit(Actor actor, long id) {
        return organization.unit(id).filter(u -> actor.mayBrowseDivision(u.divisionPath()))
                .orElseThrow(() -> new NotFoundException("单位不存在或不在本账号范围内: " + id));
    }

    /** A unit whose records (documents, accounts ...) the actor may read: own unit, or monitored subtree. */
    public Unit readableUnit(Actor actor, long id) {
        return organization.unit(id).filter(u -> actor.mayReadUnit(u.id(), u.divisionPath()))
                .orElseThrow(() -> new NotFoundException("单位不存在或不在本账号范围内: " + id));
    }
}
