package org.jianfu.inspections.internal;

import java.time.LocalDate;
import java.util.List;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.platform.time.Years;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Plan pages: a plan with its items and 留痕 flags, adding an item, submitting, and the 减负办's decision. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK', 'LEADER')")
class InspectionPlanController {

    private final InspectionPlans plans;
    private final Organization organization;

    private final Years years;

    InspectionPlanController(InspectionPlans plans, Organization organization, Years years) {
        this.years = years;
        this.plans = plans;
        this.organization = organization;
    }

    @GetMapping("/inspections/plans/{planId}")
    String plan(@PathVariable long planId, Actor actor, Model model) {
        model.addAttribute("plan", plans.readable(actor, planId));
        return "inspections/plan";
    }

    @GetMapping("/inspections/plan-items/new")
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    String itemForm(Actor actor, Model model) {
        Unit department = organization.unit(actor.unitId()).orElseThrow();
        List<Unit> targets = organization.children(department.divisionCode()).stream()
                .flatMap(d -> organization.unitsOf(d.code()).stream())
                .filter(u -> u.kind() == UnitKind.GOVERNMENT || u.kind() == UnitKind.VILLAGE_COMMITTEE
                        || u.unitKey().equals(department.unitKey())).toList();
        model.addAttribute("targets", targets);
        // the window a new item is most likely to have: the next three whole months
        LocalDate from = years.today().withDayOfMonth(1).plusMonths(1);
        model.addAttribute("windowFrom", from);
        model.addAttribute("windowTo", from.plusMonths(3).minusDays(1));
        return "inspections/item-form";
    }

    @PostMapping("/inspections/plan-items")
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    String addItem(@RequestParam String title, @RequestParam(required = false) String purpose,
                   @RequestParam(defaultValue = "false") boolean comprehensive,
                   @RequestParam(required = false) List<Long> targetUnitIds,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowFrom,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowTo,
                   @RequestParam(required = false) String method, @RequestParam(required = false) String materials,
                   @RequestParam(defaultValue = "false") boolean onSite, Actor actor, RedirectAttributes flash) {
        try {
            PlanItem item = plans.addItem(actor, new PlanItemDraft(title, purpose, comprehensive,
                    targetUnitIds == null ? List.of() : targetUnitIds, windowFrom, windowTo, method, materials, onSite));
            if (!item.paperTrail().isEmpty()) {
                flash.addFlashAttribute("error", "该事项以留痕材料作为考核依据（" + String.join("、", item.paperTrail())
                        + "），报批前须修改");
            }
            return "redirect:/inspections/plans/" + item.planId();
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/inspections/plan-items/new";
        }
    }

    @PostMapping("/inspections/plans/{planId}/submit")
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    String submit(@PathVariable long planId, Actor actor, RedirectAttributes flash) {
        try {
            plans.submit(actor, planId);
            flash.addFlashAttribute("ok", "已报减负办审批备案");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/inspections/plans/" + planId;
    }

    @PostMapping("/inspections/plans/{planId}/decision")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    String decide(@PathVariable long planId, @RequestParam boolean approve, @RequestParam(required = false) String note,
                  Actor actor, RedirectAttributes flash) {
        try {
            plans.decide(actor, planId, approve, note);
            flash.addFlashAttribute("ok", approve ? "已批准备案" : "已退回");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/inspections/plans/" + planId;
    }
}
