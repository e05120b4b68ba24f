package org.jianfu.organization.internal;

import java.util.List;
import org.jianfu.organization.Division;
import org.jianfu.organization.Organization;
import org.jianfu.organization.OrganizationScope;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only access to the division tree and units within the caller's scope. */
@RestController
@PreAuthorize("isAuthenticated()")
@RequestMapping("/api/v1")
class OrganizationApiController {

    private final Organization organization;
    private final OrganizationScope scope;

    OrganizationApiController(Organization organization, OrganizationScope scope) {
        this.organization = organization;
        this.scope = scope;
    }

    @GetMapping("/divisions/{code}")
    Division division(@PathVariable String code, Actor actor) {
        return scope.division(actor, code);
    }

    @GetMapping("/divisions/{code}/children")
    List<Division> children(@PathVariable String code, Actor actor) {
        scope.division(actor, code);
        return organization.children(code);
    }

    @GetMapping("/divisions/{code}/units")
    List<Unit> units(@PathVariable String code, Actor actor) {
        scope.division(actor, code);
        return organization.unitsOf(code);
    }

    @GetMapping("/units/{id}")
    Unit unit(@PathVariable long id, Actor actor) {
        return scope.unit(actor, id);
    }
}
