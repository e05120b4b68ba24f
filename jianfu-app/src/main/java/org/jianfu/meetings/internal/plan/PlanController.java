package org.jianfu.meetings.internal.plan;

import org.jianfu.platform.Actor;
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

/** The unit's annual meeting plan, and for a 减负办 the over-quota explanations to decide. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK', 'LEADER')")
class PlanController {

    private final MeetingPlans plans;

    private final Years years;

    PlanController(MeetingPlans plans, Years years) {
        this.years = years;
        this.plans = plans;
    }

    @GetMapping("/meetings/plan")
    String plan(@RequestParam(name = "year", required = false) Integer requestedYear, Actor actor, Model model) {
        int year = years.shown(requestedYear);
        model.addAttribute("year", year);
        model.addAttribute("baseYear", years.base());
        model.addAttribute("quota", plans.status(actor.unitId(), year));
        model.addAttribute("pending", plans.pendingFor(actor));
        model.addAttribute("rules", PlanRule.values());
        return "meetings/plan";
    }

    @PostMapping("/meetings/plan")
    String set(@RequestParam PlanRule rule, @RequestParam(required = false) Integer baseYear,
               @RequestParam(defaultValue = "30") int cutPercent, @RequestParam(name = "year", required = false) Integer requestedYear,
               Actor actor, RedirectAttributes flash) {
        int year = years.shown(requestedYear);
        try {
            plans.set(actor, actor.unitId(), year, rule, baseYear != null ? baseYear : years.base(), cutPercent);
            flash.addFlashAttribute("ok", "年度会议计划已保存");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/meetings/plan?year=" + year;
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
