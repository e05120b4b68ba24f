package org.jianfu.identity.internal;

import java.util.Map;
import java.util.stream.Collectors;
import org.jianfu.organization.OrganizationScope;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The people of a unit in the org browser (an htmx fragment); a login wait is ended on 账号安全 (安全管理员). */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
class PeopleController {

    private final AccountRepository accounts;
    private final OrganizationScope scope;

    private final LoginThrottle throttle;

    PeopleController(AccountRepository accounts, OrganizationScope scope, LoginThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.scope = scope;
    }

    @GetMapping("/identity/units/{unitId}/people")
    String people(@PathVariable long unitId, Actor actor, Model model) {
        Unit unit = scope.readableUnit(actor, unitId);
        var people = accounts.ofUnit(unitId);
        Map<String, Boolean> waiting = throttle.waiting(people.stream().map(p -> p.username()).toList());
        model.addAttribute("unit", unit);
        model.addAttribute("people", people);
        model.addAttribute("locked", people.stream().collect(Collectors.toMap(p -> p.id(), p -> waiting.get(p.username()))));
        return "identity/people :: people";
    }
}
