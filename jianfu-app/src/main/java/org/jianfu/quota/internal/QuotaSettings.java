package org.jianfu.quota.internal;

import java.util.List;
import org.jianfu.audit.AuditLog;
import org.jianfu.organization.Organization;
import org.jianfu.organization.OrganizationScope;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.quota.IssuanceQuota;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scoped reads and the rule settings: a 减负办 sets the rule of its own region. */
@Service
@Transactional
class QuotaSettings {

    private final QuotaRules rules;
    private final QuotaStandings standings;
    private final OrganizationScope scope;
    private final Organization organization;

    private final AuditLog audit;

    QuotaSettings(QuotaRules rules, QuotaStandings standings, OrganizationScope scope, Organization organization, AuditLog audit) {
        this.audit = audit;
        this.rules = rules;
        this.standings = standings;
        this.scope = scope;
        this.organization = organization;
    }

    @Transactional(readOnly = true)
    IssuanceQuota standing(Actor actor, long unitId, int year) {
        return standings.standing(scope.readableUnit(actor, unitId).id(), year);
    }

    /** Every unit of the actor's own division (a 减负办's level), or just the actor's unit. */
    @Transactional(readOnly = true)
    List<IssuanceQuota> overview(Actor actor, int year) {
        List<Unit> units = actor.role() == Role.MONITOR || actor.isAdmin() ? organization.unitsOf(actor.divisionCode())
                : List.of(organization.unit(actor.unitId()).orElseThrow());
        return units.stream().filter(u -> u.kind() != org.jianfu.organization.UnitKind.BURDEN_OFFICE)
                .map(u -> standings.standing(u.id(), year)).toList();
    }

    @Transactional(readOnly = true)
    List<QuotaRule> rules(Actor actor) {
        return rules.ofDivision(actor.divisionCode());
    }

    void put(Actor actor, int year, QuotaRule.Style style, Integer baseYear, Integer cutPercent, String note) {
        if (actor.role() != Role.MONITOR && !actor.isAdmin()) {
            throw new AccessDeniedException("只有减负办可以设置发文限额规则");
        }
        rules.put(actor.divisionCode(), year, style, baseYear, cutPercent, note);
        audit.record(actor, "设定发文限额规则", "division:" + actor.divisionCode(), year + "年：" + style
                + (baseYear == null ? "" : "，基准 " + baseYear + " 年") + (cutPercent == null ? "" : "，压减 " + cutPercent + "%"));
    }
}
