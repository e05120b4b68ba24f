package org.jianfu.indicators.internal.registry;

import org.jianfu.indicators.matching.Candidate;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adding to the 指标库: the administrator or the province's 减负办, and never a second name for one datum. */
@Service
class RegistryEditing {

    private final Registry registry;

    RegistryEditing(Registry registry) {
        this.registry = registry;
    }

    static boolean mayEdit(Actor actor) {
        return actor.isAdmin() || (actor.role() == Role.MONITOR && !actor.divisionPath().contains("."));
    }

    @Transactional
    RegistryEntry add(Actor actor, IndicatorForm form) {
        if (!mayEdit(actor)) {
            throw new AccessDeniedException("只有省级减负办和系统管理员可以新增指标");
        }
        var indicator = form.toIndicator(registry.nextCode());
        var labels = registry.all().stream().map(RegistryEntry::label).toList();
        var same = registry.matcher().findDuplicates(FieldLabel.of(indicator.name(), indicator.unitOfMeasure()), labels);
        if (!same.isEmpty()) {
            Candidate best = same.getFirst();
            throw new RuleViolationException("指标库已有相同指标「" + best.existingField() + "」（" + best.result().reason()
                    + "），请把新名称作为别名使用");
        }
        return registry.add(indicator, false);
    }
}
