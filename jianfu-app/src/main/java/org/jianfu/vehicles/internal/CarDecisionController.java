package org.jianfu.vehicles.internal;

import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons on a car request: approve, reject, dispatch, return, cancel. Called from the request
 * page (plain form post, answered with a redirect) or straight from the 待办 list with htmx
 * (answered with the list row that says it is done).
 */
@Controller
@PreAuthorize("hasAnyRole('CADRE', 'CLERK', 'LEADER')")
class CarDecisionController {

    private final CarRequestFlow flow;

    CarDecisionController(CarRequestFlow flow) {
        this.flow = flow;
    }

    @PostMapping("/vehicles/requests/{requestId}/approve")
    String approve(Actor actor, @PathVariable long requestId, Model model,
                   @RequestHeader(value = "HX-Request", required = false) String htmx) {
        flow.approve(actor, requestId);
        return answer(requestId, htmx, "已批准用车申请", model);
    }

    @PostMapping("/vehicles/requests/{requestId}/reject")
    String reject(Actor actor, @PathVariable long requestId, @RequestParam(required = false) String note, Model model,
                  @RequestHeader(value = "HX-Request", required = false) String htmx) {
        flow.reject(actor, requestId, note);
        return answer(requestId, htmx, "已退回用车申请", model);
    }

    @PostMapping("/vehicles/requests/{requestId}/dispatch")
    String dispatch(Actor actor, @PathVariable long requestId, @RequestParam long vehicleId, @RequestParam long driverId,
                    RedirectAttributes flash) {
        try {
            flow.dispatch(actor, requestId, vehicleId, driverId);
            flash.addFlashAttribute("ok", "已派车");
        } catch (BookingConflict | RuleViolationException e) {
            // back on the request page with the reason and the free cars, not on a bare 409 page
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/vehicles/requests/" + requestId;
    }

    @PostMapping("/vehicles/requests/{requestId}/return")
    String markReturned(Actor actor, @PathVariable long requestId, @RequestParam int km) {
        flow.markReturned(actor, requestId, km);
        return "redirect:/vehicles/requests/" + requestId;
    }

    @PostMapping("/vehicles/requests/{requestId}/cancel")
    String cancel(Actor actor, @PathVariable long requestId) {
        flow.cancel(actor, requestId);
        return "redirect:/vehicles";
    }

    private static String answer(long requestId, String htmx, String done, Model model) {
        if (htmx == null) {
            return "redirect:/vehicles/requests/" + requestId;
        }
        model.addAttribute("message", done);
        model.addAttribute("href", "/vehicles/requests/" + requestId);
        return "todo/done :: row";
    }
}
