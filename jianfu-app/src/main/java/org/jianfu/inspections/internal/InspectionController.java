package org.jianfu.inspections.internal;

import org.jianfu.meetings.Meetings;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inspection pages: the unit's inspections and plans, an inspection with its results, joint proposals. */
@Controller
@PreAuthorize("isAuthenticated()")
class InspectionController {

    private final InspectionRepository inspections;
    private final InspectionPlans plans;
    private final InspectionDesk desk;
    private final Meetings meetings;

    InspectionController(InspectionRepository inspections, InspectionPlans plans, InspectionDesk desk, Meetings meetings) {
        this.inspections = inspections;
        this.plans = plans;
        this.desk = desk;
        this.meetings = meetings;
    }

    @GetMapping("/inspections")
    String list(Actor actor, Model model) {
        model.addAttribute("inspections", inspections.ofUnit(actor.unitId(), 100));
        model.addAttribute("plans", plans.ofDepartment(actor.unitId()));
        model.addAttribute("awaiting", plans.awaiting(actor));
        model.addAttribute("joints", desk.jointProposals(actor));
        return "inspections/list";
    }

    @GetMapping("/inspections/{inspectionId}")
    String detail(@PathVariable long inspectionId, Actor actor, Model model) {
        Inspection i = desk.readable(actor, inspectionId);
        boolean department = i.departmentUnitId() == actor.unitId() && actor.role().name().matches("CLERK|LEADER");
        model.addAttribute("inspection", i);
        model.addAttribute("department", department);
        model.addAttribute("conflicts", department && "SCHEDULED".equals(i.state()) ? Clashes.of(i, meetings) : java.util.List.of());
        return "inspections/detail";
    }

    @PostMapping("/inspections/{inspectionId}/result")
    String result(@PathVariable long inspectionId, @RequestParam String findings,
                  @RequestParam(required = false) String rectification, Actor actor, RedirectAttributes flash) {
        try {
            desk.recordResult(actor, inspectionId, findings, rectification);
            flash.addFlashAttribute("ok", "检查结果已保存，被检查单位可见");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/inspections/" + inspectionId;
    }

    @PostMapping("/inspections/joint/{inspectionId}/accept")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    String join(@PathVariable long inspectionId, Actor actor, RedirectAttributes flash) {
        desk.join(actor, inspectionId);
        flash.addFlashAttribute("ok", "已合并为联合督查");
        return "redirect:/inspections/" + inspectionId;
    }
}
