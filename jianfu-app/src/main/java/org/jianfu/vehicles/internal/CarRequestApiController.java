package org.jianfu.vehicles.internal;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import org.jianfu.platform.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 公务用车 over HTTP: the same flow as the pages, for apps and scripts. */
@RestController
@RequestMapping("/api/v1/car-requests")
@PreAuthorize("isAuthenticated()")
class CarRequestApiController {

    record Dispatch(long vehicleId, long driverId) {
    }

    record Return(int km) {
    }

    record Decision(String note) {
    }

    record Overview(List<CarRequest> mine, List<CarRequest> waitingForMe) {
    }

    private final CarRequestFlow flow;
    private final CarRequests requests;

    CarRequestApiController(CarRequestFlow flow, CarRequests requests) {
        this.flow = flow;
        this.requests = requests;
    }

    /** My own requests, and (for a unit leader or clerk) those waiting for my decision or dispatch. */
    @GetMapping
    Overview overview(Actor actor) {
        List<CarRequest> waiting = switch (actor.role()) {
            case LEADER -> requests.ofUnit(actor.unitId(), EnumSet.of(CarRequestState.SUBMITTED), 100);
            case CLERK -> requests.ofUnit(actor.unitId(), EnumSet.of(CarRequestState.APPROVED, CarRequestState.DISPATCHED), 100);
            default -> List.of();
        };
        return new Overview(requests.ofRequester(actor.accountId(), 100), waiting);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('CADRE', 'CLERK', 'LEADER')")
    ResponseEntity<CarRequest> create(Actor actor, @Valid @RequestBody NewCarRequest body) {
        long id = flow.request(actor, body);
        return ResponseEntity.created(URI.create("/api/v1/car-requests/" + id)).body(flow.view(actor, id));
    }

    @GetMapping("/{requestId}")
    CarRequest one(Actor actor, @PathVariable long requestId) {
        return flow.view(actor, requestId);
    }

    /** A leader of the unit, or a clerk the leader delegated 审批 to (委托); the flow asks the approval policy. */
    @PostMapping("/{requestId}/approve")
    @PreAuthorize("hasAnyRole('LEADER', 'CLERK')")
    CarRequest approve(Actor actor, @PathVariable long requestId) {
        flow.approve(actor, requestId);
        return flow.view(actor, requestId);
    }

    @PostMapping("/{requestId}/reject")
    @PreAuthorize("hasAnyRole('LEADER', 'CLERK')")
    CarRequest reject(Actor actor, @PathVariable long requestId, @RequestBody(required = false) Decision body) {
        flow.reject(actor, requestId, body == null ? null : body.note());
        return flow.view(actor, requestId);
    }

    @PostMapping("/{requestId}/dispatch")
    @PreAuthorize("hasRole('CLERK')")
    CarRequest dispatch(Actor actor, @PathVariable long requestId, @RequestBody Dispatch body) {
        flow.dispatch(actor, requestId, body.vehicleId(), body.driverId());
        return flow.view(actor, requestId);
    }

    @PostMapping("/{requestId}/return")
    @PreAuthorize("hasAnyRole('CADRE', 'CLERK', 'LEADER')")
    CarRequest markReturned(Actor actor, @PathVariable long requestId, @RequestBody Return body) {
        flow.markReturned(actor, requestId, body.km());
        return flow.view(actor, requestId);
    }

    @PostMapping("/{requestId}/cancel")
    @PreAuthorize("hasAnyRole('CADRE', 'CLERK', 'LEADER')")
    CarRequest cancel(Actor actor, @PathVariable long requestId) {
        flow.cancel(actor, requestId);
        return flow.view(actor, requestId);
    }
}
