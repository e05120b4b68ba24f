package org.jianfu.vehicles.internal;

import java.util.List;
import org.jianfu.organization.OrganizationScope;
import org.jianfu.platform.Actor;
import org.jianfu.platform.time.Years;
import org.jianfu.vehicles.CarUsage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A unit's monthly car usage and its fleet, for apps; same scope as the pages. */
@RestController
@PreAuthorize("isAuthenticated()")
class CarUsageApiController {

    record FleetView(List<Fleet.Vehicle> vehicles, List<Fleet.Driver> drivers) {
    }

    private final CarUsageQueries usage;
    private final OrganizationScope scope;
    private final Fleet fleet;

    private final Years years;

    CarUsageApiController(CarUsageQueries usage, OrganizationScope scope, Fleet fleet, Years years) {
        this.years = years;
        this.usage = usage;
        this.scope = scope;
        this.fleet = fleet;
    }

    @GetMapping("/api/v1/units/{unitId}/car-usage")
    List<CarUsage> monthly(Actor actor, @PathVariable long unitId, @RequestParam(required = false) Integer year) {
        return usage.monthlyUsage(scope.readableUnit(actor, unitId).id(), year != null ? year : years.current());
    }

    @GetMapping("/api/v1/units/{unitId}/fleet")
    FleetView fleet(Actor actor, @PathVariable long unitId) {
        long id = scope.readableUnit(actor, unitId).id();
        return new FleetView(fleet.vehicles(id), fleet.drivers(id));
    }
}
