package org.jianfu.vehicles.internal;

import java.util.List;
import org.jianfu.organization.OrganizationScope;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.platform.time.Years;
import org.jianfu.vehicles.CarUsage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Monthly usage per unit (trips, km, hours): a unit's clerk and leader see their own unit, a burden
 * office every car unit below it.
 */
@Controller
@PreAuthorize("hasAnyRole('CLERK', 'LEADER', 'MONITOR', 'ADMIN')")
class CarUsageController {

    private final CarUsageQueries usage;
    private final OrganizationScope scope;
    private final Fleet fleet;

    private final Years years;

    CarUsageController(CarUsageQueries usage, OrganizationScope scope, Fleet fleet, Years years) {
        this.years = years;
        this.usage = usage;
        this.scope = scope;
        this.fleet = fleet;
    }

    @GetMapping("/vehicles/usage")
    String page(Actor actor, @RequestParam(required = false) Long unitId, @RequestParam(name = "year", required = false) Integer requestedYear,
                Model model) {
        int year = years.shown(requestedYear);
        boolean overview = unitId == null && (actor.role() == Role.MONITOR || actor.role() == Role.ADMIN);
        model.addAttribute("year", year);
        if (overview) {
            model.addAttribute("units", usage.unitsBelow(actor.isAdmin() ? actor.browseRoot() : actor.divisionPath(), year, 100));
        } else {
            Unit unit = scope.readableUnit(actor, unitId == null ? actor.unitId() : unitId);
            List<CarUsage> months = usage.monthlyUsage(unit.id(), year);
            model.addAttribute("unit", unit);
            model.addAttribute("months", months);
            model.addAttribute("total", new CarUsage(unit.id(), null, months.stream().mapToLong(CarUsage::trips).sum(),
                    months.stream().mapToLong(CarUsage::km).sum(),
                    Math.round(months.stream().mapToDouble(CarUsage::hours).sum() * 10) / 10.0));
        }
        return "vehicles/usage";
    }
}
