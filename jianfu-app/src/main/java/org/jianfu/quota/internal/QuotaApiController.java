package org.jianfu.quota.internal;

import java.util.List;
import org.jianfu.platform.Actor;
import org.jianfu.platform.time.Years;
import org.jianfu.quota.IssuanceQuota;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/quota")
@PreAuthorize("isAuthenticated()")
class QuotaApiController {

    record RuleRequest(int year, QuotaRule.Style style, Integer baseYear, Integer cutPercent, String note) {
    }

    private final QuotaSettings settings;

    private final Years years;

    QuotaApiController(QuotaSettings settings, Years years) {
        this.years = years;
        this.settings = settings;
    }

    /** A unit's limit and use in a year, this year by default (own unit, or within a 减负办's subtree). */
    @GetMapping("/units/{unitId}")
    IssuanceQuota standing(@PathVariable long unitId, @RequestParam(required = false) Integer year, Actor actor) {
        return settings.standing(actor, unitId,
                year != null ? year : years.current());
    }

    /** The rules of the caller's own region. */
    @GetMapping("/rules")
    List<QuotaRule> rules(Actor actor) {
        return settings.rules(actor);
    }

    /** Sets the rule of the caller's region for a year (减负办 only). */
    @PutMapping("/rules")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    List<QuotaRule> put(@RequestBody RuleRequest rule, Actor actor) {
        settings.put(actor, rule.year(), rule.style(), rule.baseYear(), rule.cutPercent(), rule.note());
        return settings.rules(actor);
    }
}
