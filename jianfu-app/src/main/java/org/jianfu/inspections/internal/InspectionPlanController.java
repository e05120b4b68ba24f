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
        model.addAttribute("targets", targets(actor));
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
                flash.addFlashAttribute("error", paperTrailWarning(item));
            }
            return "redirect:/inspections/plans/" + item.planId();
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/inspections/plan-items/new";
        }
    }

    /** 修改 an item of a plan still being written: the way out of a 留痕 flag ("报批前须修改"). */
    @GetMapping("/inspections/plan-items/{itemId}/edit")
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    String editForm(@PathVariable long itemId, Actor actor, Model model) {
        return edit(plans.editable(actor, itemId), null, actor, model);
    }

    @PostMapping("/inspections/plan-items/{itemId}")
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    String updateItem(@PathVariable long itemId, @RequestParam String title, @RequestParam(required = false) String purpose,
                      @RequestParam(defaultValue = "false") boolean comprehensive,
                      @RequestParam(required = false) List<Long> targetUnitIds,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowFrom,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowTo,
                      @RequestParam(required = false) String method, @RequestParam(required = false) String materials,
                      @RequestParam(defaultValue = "false") boolean onSite, Actor actor, Model model,
                      RedirectAttributes flash) {
        PlanItem before = plans.editable(actor, itemId);
        List<Long> targets = targetUnitIds == null ? List.of() : targetUnitIds;
        try {
            PlanItem item = plans.updateItem(actor, itemId, new PlanItemDraft(title, purpose, comprehensive, targets,
                    windowFrom, windowTo, method, materials, onSite));
            if (item.paperTrail().isEmpty()) {
                flash.addFlashAttribute("ok", "已修改“" + item.title() + "”");
            } else {
                flash.addFlashAttribute("error", paperTrailWarning(item));
            }
            return "redirect:/inspections/plans/" + item.planId();
        } catch (RuleViolationException e) {
            // the form again with what was typed, and why it was refused
            PlanItem typed = new PlanItem(itemId, before.planId(), title, purpose == null ? "" : purpose, comprehensive,
                    targets, windowFrom, windowTo, method == null ? "" : method, materials == null ? "" : materials, onSite,
                    before.paperTrail());
            return edit(typed, e.getMessage(), actor, model);
        }
    }

    @PostMapping("/inspections/plan-items/{itemId}/delete")
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    String deleteItem(@PathVariable long itemId, Actor actor, RedirectAttributes flash) {
        PlanItem item = plans.editable(actor, itemId);
        plans.deleteItem(actor, itemId);
        flash.addFlashAttribute("ok", "已删除“" + item.title() + "”");
        return "redirect:/inspections/plans/" + item.planId();
    }

    private String edit(PlanItem item, String error, Actor actor, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("targets", targets(actor));
        model.addAttribute("error", error);
        return "inspections/item-edit";
    }

    /** The units one level down the department may inspect: township governments, villages and its own line. */
    private List<Unit> targets(Actor actor) {
        Unit department = organization.unit(actor.unitId()).orElseThrow();
        return organization.children(department.divisionCode()).stream()
                .flatMap(d -> organization.unitsOf(d.code()).stream())
                .filter(u -> u.kind() == UnitKind.GOVERNMENT || u.kind() == UnitKind.VILLAGE_COMMITTEE
                        || u.unitKey().equals(department.unitKey())).toList();
    }

    private static String paperTrailWarning(PlanItem item) {
        return "该事项以留痕材料作为考核依据（" + String.join("、", item.paperTrail()) + "），报批前须修改";
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
