package org.jianfu.identity.internal;

import java.util.List;
import org.jianfu.identity.Account;
import org.jianfu.organization.OrganizationScope;
import org.jianfu.platform.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("isAuthenticated()")
@RequestMapping("/api/v1")
class IdentityApiController {

    private final AccountRepository accounts;
    private final OrganizationScope scope;

    IdentityApiController(AccountRepository accounts, OrganizationScope scope) {
        this.accounts = accounts;
        this.scope = scope;
    }

    /** Who am I: account, role, unit and division. */
    @GetMapping("/me")
    Actor me(Actor actor) {
        return actor;
    }

    /** The people of a unit: the administrator anywhere, a 减负办 within its subtree. */
    @GetMapping("/units/{unitId}/accounts")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    List<Account> accounts(@PathVariable long unitId, Actor actor) {
        scope.readableUnit(actor, unitId);
        return accounts.ofUnit(unitId);
    }
}
