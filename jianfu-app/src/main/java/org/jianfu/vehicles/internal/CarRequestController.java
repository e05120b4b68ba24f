package org.jianfu.vehicles.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The phone pages of 公务用车: my requests and what waits for me, the request form, one request. */
@Controller
@PreAuthorize("isAuthenticated()")
class CarRequestController {

    static final String VIEW_FORM = "vehicles/request-form";
    private static final int LIST_LIMIT = 30;

    private final CarRequestFlow flow;
    private final CarRequests requests;
    private final Fleet fleet;

    private final Clock clock;

    CarRequestController(CarRequestFlow flow, CarRequests requests, Fleet fleet, Clock clock) {
        this.clock = clock;
        this.flow = flow;
        this.requests = requests;
        this.fleet = fleet;
    }

    @GetMapping("/vehicles")
    String home(Actor actor, Model model) {
        model.addAttribute("mine", requests.ofRequester(actor.accountId(), LIST_LIMIT));
        if (actor.role() == Role.LEADER) {
            model.addAttribute("waiting", requests.ofUnit(actor.unitId(), EnumSet.of(CarRequestState.SUBMITTED), LIST_LIMIT)
                    .stream().filter(r -> r.requesterId() != actor.accountId()).toList());
        } else if (actor.role() == Role.CLERK) {
            model.addAttribute("waiting", requests.ofUnit(actor.unitId(),
                    EnumSet.of(CarRequestState.APPROVED, CarRequestState.DISPATCHED), LIST_LIMIT));
        }
        return "vehicles/home";
    }

    @GetMapping("/vehicles/requests/new")
    @PreAuthorize("hasAnyRole('CADRE', 'CLERK', 'LEADER')")
    String form(Actor actor, Model model) {
        LocalDateTime tomorrow = LocalDate.now(clock).plusDays(1).atTime(LocalTime.of(8, 30));
        model.addAttribute("form", new NewCarRequest("", tomorrow, tomorrow.plusHours(4), actor.unitName(), "", 1, null));
        model.addAttribute("carUnit", flow.carUnitOf(actor.unitId()).name());
        return VIEW_FORM;
    }

    @PostMapping("/vehicles/requests")
    @PreAuthorize("hasAnyRole('CADRE', 'CLERK', 'LEADER')")
    String create(Actor actor, @Valid @ModelAttribute("form") NewCarRequest form, BindingResult errors, Model model,
                  HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(422);
            model.addAttribute("carUnit", flow.carUnitOf(actor.unitId()).name());
            return VIEW_FORM;
        }
        return "redirect:/vehicles/requests/" + flow.request(actor, form);
    }

    @GetMapping("/vehicles/requests/{requestId}")
    String detail(Actor actor, @PathVariable long requestId, Model model) {
        CarRequest request = flow.view(actor, requestId);
        model.addAttribute("r", request);
        boolean clerkOfUnit = actor.role() == Role.CLERK && actor.unitId() == request.unitId();
        model.addAttribute("mayDecide", flow.mayDecide(actor, request));
        model.addAttribute("mayDispatch", clerkOfUnit && request.state() == CarRequestState.APPROVED);
        model.addAttribute("mayReturn", (clerkOfUnit || actor.accountId() == request.requesterId())
                && request.state() == CarRequestState.DISPATCHED);
        model.addAttribute("mayCancel", actor.accountId() == request.requesterId()
                && (request.state() == CarRequestState.SUBMITTED || request.state() == CarRequestState.APPROVED));
        if (clerkOfUnit && request.state() == CarRequestState.APPROVED) {
            // only what is free for this trip: a busy car in the list led to a conflict after the choice
            model.addAttribute("vehicles", fleet.freeVehicles(request.unitId(), request.startsAt(), request.endsAt()));
            model.addAttribute("drivers", fleet.freeDrivers(request.unitId(), request.startsAt(), request.endsAt()));
        }
        return "vehicles/request";
    }
}
