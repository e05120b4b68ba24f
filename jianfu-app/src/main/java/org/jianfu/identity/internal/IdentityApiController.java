package org.jianfu.identity.internal;

import java.util.List;
import org.jianfu.identity.Account;
import org.jianfu.organization.OrganizationScope;
import org.jianfu.platform.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("isAuthenticated()")
@RequestMapping("/api/v1")
class IdentityApiController {

    record PasswordRequest(String current, String replacement) {
    }

    private final AccountRepository accounts;
    private final OrganizationScope scope;
    private final PasswordChange passwords;

    IdentityApiController(AccountRepository accounts, OrganizationScope scope, PasswordChange passwords) {
        this.accounts = accounts;
        this.scope = scope;
        this.passwords = passwords;
    }

    /** 修改密码: the current password and a new one meeting the policy; 204, or a Chinese problem detail. */
    @PutMapping("/me/password")
    ResponseEntity<Void> changePassword(@RequestBody PasswordRequest request, Actor actor) {
        passwords.change(actor, request.current(), request.replacement(), request.replacement());
        return ResponseEntity.noContent().build();
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
