package org.jianfu.inspections.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.jianfu.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Inspection plans, scheduling, joint inspections and results over REST. */
@RestController
@RequestMapping("/api/v1/inspections")
@PreAuthorize("isAuthenticated()")
class InspectionApiController {

    private final InspectionPlans plans;
    private final InspectionDesk desk;

    InspectionApiController(InspectionPlans plans, InspectionDesk desk) {
        this.plans = plans;
        this.desk = desk;
    }

    record Schedule(@NotNull Long itemId, @NotNull LocalDate date, @NotEmpty List<Long> targetUnitIds, boolean onSite) {
    }

    record Decision(boolean approve, String note) {
    }

    record Result(String findings, String rectification) {
    }

    @PostMapping("/plan-items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    PlanItem addItem(@Valid @RequestBody PlanItemDraft draft, Actor actor) {
        return plans.addItem(actor, draft);
    }

    /** Changes an item while its plan is a draft or was sent back. */
    @PutMapping("/plan-items/{itemId}")
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    PlanItem updateItem(@PathVariable long itemId, @Valid @RequestBody PlanItemDraft draft, Actor actor) {
        return plans.updateItem(actor, itemId, draft);
    }

    @DeleteMapping("/plan-items/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    void deleteItem(@PathVariable long itemId, Actor actor) {
        plans.deleteItem(actor, itemId);
    }

    @GetMapping("/plans/{planId}")
    InspectionPlan plan(@PathVariable long planId, Actor actor) {
        return plans.readable(actor, planId);
    }

    @PostMapping("/plans/{planId}/submission")
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    InspectionPlan submit(@PathVariable long planId, Actor actor) {
        return plans.submit(actor, planId);
    }

    @PostMapping("/plans/{planId}/decision")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    InspectionPlan decide(@PathVariable long planId, @RequestBody Decision decision, Actor actor) {
        return plans.decide(actor, planId, decision.approve(), decision.note());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    Inspection schedule(@Valid @RequestBody Schedule s, Actor actor) {
        return desk.schedule(actor, s.itemId(), s.date(), s.targetUnitIds(), s.onSite());
    }

    @GetMapping("/{inspectionId}")
    Inspection inspection(@PathVariable long inspectionId, Actor actor) {
        return desk.readable(actor, inspectionId);
    }

    @PostMapping("/{inspectionId}/result")
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    Inspection result(@PathVariable long inspectionId, @RequestBody Result r, Actor actor) {
        return desk.recordResult(actor, inspectionId, r.findings(), r.rectification());
    }
}
