package org.jianfu.identity.internal.delegation;

import java.time.LocalDate;
import java.util.List;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 委托 over JSON: mine (given and received), create, revoke. */
@RestController
@RequestMapping("/api/v1/delegations")
@PreAuthorize("hasAnyRole('LEADER', 'CLERK', 'CADRE')")
class DelegationApiController {

    record Mine(List<DelegationEntry> given, List<DelegationEntry> received) {
    }

    record NewDelegation(Long deputyId, DelegationScope scope, LocalDate startsOn, LocalDate endsOn) {
    }

    private final Delegations delegations;

    DelegationApiController(Delegations delegations) {
        this.delegations = delegations;
    }

    @GetMapping
    Mine mine(Actor actor) {
        return new Mine(delegations.of(actor.accountId()), delegations.received(actor.accountId()));
    }

    @PostMapping
    @PreAuthorize("hasRole('LEADER')")
    ResponseEntity<Mine> create(@RequestBody NewDelegation body, Actor actor) {
        if (body.deputyId() == null) {
            throw new RuleViolationException("请选择受托人（deputyId）");
        }
        delegations.create(actor, body.deputyId(), body.scope() == null ? DelegationScope.SIGNING : body.scope(),
                body.startsOn(), body.endsOn());
        return ResponseEntity.status(HttpStatus.CREATED).body(mine(actor));
    }

    @PostMapping("/{id}/revoke")
    @PreAuthorize("hasRole('LEADER')")
    Mine revoke(@PathVariable long id, Actor actor) {
        delegations.revoke(actor, id);
        return mine(actor);
    }
}
