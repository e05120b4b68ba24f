package org.jianfu.meetings.internal.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jianfu.meetings.internal.Meeting;
import org.jianfu.organization.OrganizationScope;
import org.jianfu.platform.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Annual meeting plans and over-quota explanations over REST. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK', 'LEADER')")
class MeetingPlanApiController {

    private final MeetingPlans plans;
    private final OrganizationScope scope;

    MeetingPlanApiController(MeetingPlans plans, OrganizationScope scope) {
        this.plans = plans;
        this.scope = scope;
    }

    record PlanRequest(@NotNull PlanRule rule, int baseYear, int cutPercent) {
    }

    record Decision(boolean approve, String note) {
    }

    @GetMapping("/meeting-plans/{unitId}/{year}")
    QuotaStatus status(@PathVariable long unitId, @PathVariable int year, Actor actor) {
        scope.readableUnit(actor, unitId);
        return plans.status(unitId, year);
    }

    @PutMapping("/meeting-plans/{unitId}/{year}")
    MeetingPlan set(@PathVariable long unitId, @PathVariable int year, @Valid @RequestBody PlanRequest request,
                    Actor actor) {
        return plans.set(actor, unitId, year, request.rule(), request.baseYear(), request.cutPercent());
    }

    @GetMapping("/meeting-explanations")
    List<QuotaExplanation> pending(Actor actor) {
        return plans.pendingFor(actor);
    }

    @PostMapping("/meeting-explanations/{meetingId}/decision")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    Meeting decide(@PathVariable long meetingId, @RequestBody Decision decision, Actor actor) {
        return plans.decide(actor, meetingId, decision.approve(), decision.note());
    }
}
