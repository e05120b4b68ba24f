package org.jianfu.identity.internal.delegation;

import java.time.LocalDate;
import org.jianfu.identity.Accounts;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 委托 page: a leader delegates and revokes; a clerk sees what was delegated to them. */
@Controller
@PreAuthorize("hasAnyRole('LEADER', 'CLERK', 'CADRE')")
class DelegationController {

    private final Delegations delegations;
    private final Accounts accounts;

    DelegationController(Delegations delegations, Accounts accounts) {
        this.delegations = delegations;
        this.accounts = accounts;
    }

    @GetMapping("/delegations")
    String page(Actor actor, Model model) {
        model.addAttribute("given", delegations.of(actor.accountId()));
        model.addAttribute("received", delegations.received(actor.accountId()));
        model.addAttribute("today", delegations.today());
        model.addAttribute("scopes", DelegationScope.values());
        model.addAttribute("deputies", actor.role() == Role.LEADER ? accounts.ofUnit(actor.unitId()).stream()
                .filter(a -> a.role() == Role.CLERK || a.role() == Role.CADRE).toList() : java.util.List.of());
        return "identity/delegations";
    }

    @PostMapping("/delegations")
    @PreAuthorize("hasRole('LEADER')")
    String create(@RequestParam(required = false) Long deputyId, @RequestParam(defaultValue = "SIGNING") DelegationScope scope,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
                  Actor actor, RedirectAttributes flash) {
        try {
            if (deputyId == null) {
                throw new RuleViolationException("请选择受托人");
            }
            delegations.create(actor, deputyId, scope, startsOn, endsOn);
            flash.addFlashAttribute("ok", "已委托");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/delegations";
    }

    @PostMapping("/delegations/{id}/revoke")
    @PreAuthorize("hasRole('LEADER')")
    String revoke(@PathVariable long id, Actor actor, RedirectAttributes flash) {
        try {
            delegations.revoke(actor, id);
            flash.addFlashAttribute("ok", "已撤销委托");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/delegations";
    }
}
