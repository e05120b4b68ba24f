package org.jianfu.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.jianfu.audit.AuditLog;
import org.jianfu.organization.OrganizationScope;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The people of a unit in the org browser (an htmx fragment), and unlocking a locked account. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
class PeopleController {

    private final AccountRepository accounts;
    private final OrganizationScope scope;
    private final AuditLog audit;

    private final Clock clock;

    PeopleController(AccountRepository accounts, OrganizationScope scope, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.scope = scope;
        this.audit = audit;
    }

    @GetMapping("/identity/units/{unitId}/people")
    String people(@PathVariable long unitId, Actor actor, Model model) {
        Unit unit = scope.readableUnit(actor, unitId);
        Instant now = clock.instant();
        Map<Long, Boolean> locked = accounts.lockStates(unitId).stream()
                .collect(Collectors.toMap(AccountRepository.LockState::accountId, s -> s.lockedAt(now)));
        model.addAttribute("unit", unit);
        model.addAttribute("people", accounts.ofUnit(unitId));
        model.addAttribute("locked", locked);
        return "identity/people :: people";
    }

    @PostMapping("/identity/accounts/{accountId}/unlock")
    @PreAuthorize("hasRole('ADMIN')")
    String unlock(@PathVariable long accountId, Actor actor, Model model) {
        var account = accounts.account(accountId).orElseThrow(() -> new NotFoundException("账号不存在: " + accountId));
        accounts.unlock(accountId);
        audit.record(actor, "解锁账号", "account:" + account.username(), "");
        return people(account.unitId(), actor, model);
    }
}
