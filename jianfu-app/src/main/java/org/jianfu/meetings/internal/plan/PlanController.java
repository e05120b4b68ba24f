package org.jianfu.meetings.internal.plan;

import java.util.List;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.platform.time.Years;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The annual meeting plans: a unit reads its own; a 减负办 sets those of the units of its division
 * ({@link org.jianfu.organization.ApprovalPolicy}: never the unit itself) and decides the over-plan
 * explanations.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK', 'LEADER')")
class PlanController {

    private final MeetingPlans plans;
    private final Years years;
    private final Organization organization;

    PlanController(MeetingPlans plans, Years years, Organization organization) {
        this.plans = plans;
        this.years = years;
        this.organization = organization;
    }

    @GetMapping("/meetings/plan")
    String plan(@RequestParam(name = "year", required = false) Integer requestedYear,
                @RequestParam(name = "unitId", required = false) Long requestedUnit, Actor actor, Model model) {
        int year = years.shown(requestedYear);
        List<Unit> settable = settable(actor);
        Unit shown = settable.stream().filter(u -> requestedUnit != null && u.id() == requestedUnit).findFirst()
                .orElse(settable.isEmpty() ? organization.unit(actor.unitId()).orElseThrow() : settable.getFirst());
        model.addAttribute("year", year);
        model.addAttribute("baseYear", years.base());
        model.addAttribute("units", settable);
        model.addAttribute("unit", shown);
        model.addAttribute("quota", plans.status(shown.id(), year));
        model.addAttribute("pending", plans.pendingFor(actor));
        model.addAttribute("rules", PlanRule.values());
        return "meetings/plan";
    }

    @PostMapping("/meetings/plan")
    String set(@RequestParam long unitId, @RequestParam PlanRule rule, @RequestParam(required = false) Integer baseYear,
               @RequestParam(defaultValue = "30") int cutPercent, @RequestParam(name = "year", required = false) Integer requestedYear,
               Actor actor, RedirectAttributes flash) {
        int year = years.shown(requestedYear);
        try {
            plans.set(actor, unitId, year, rule, baseYear != null ? baseYear : years.base(), cutPercent);
            flash.addFlashAttribute("ok", "年度会议计划已保存");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/meetings/plan?year=" + year + "&unitId=" + unitId;
    }

    /** The units whose plan this 减负办 (or the administrator, for the province) sets: those of its own division. */
    private List<Unit> settable(Actor actor) {
        if (!actor.isAdmin() && actor.role() != Role.MONITOR) {
            return List.of();
        }
        String division = actor.isAdmin() ? organization.root().code() : actor.divisionCode();
        return organization.unitsOf(division).stream().filter(u -> u.id() != actor.unitId()).toList();
    }

    @PostMapping("/meetings/explanations/{meetingId}/decision")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    String decide(@PathVariable long meetingId, @RequestParam boolean approve,
                  @RequestParam(required = false) String note, Actor actor, RedirectAttributes flash) {
        try {
            plans.decide(actor, meetingId, approve, note);
            flash.addFlashAttribute("ok", approve ? "已同意" : "已退回");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/meetings/plan";
    }
}
