package org.jianfu.vehicles.internal;

import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 车辆与驾驶员: the unit clerk keeps the unit's vehicles and drivers (always the clerk's own unit). */
@Controller
@PreAuthorize("hasRole('CLERK')")
class FleetController {

    private static final String PLATE = "^[\\u4e00-\\u9fa5][A-Z][·]?[A-Z0-9]{5,6}$";
    private final Fleet fleet;

    FleetController(Fleet fleet) {
        this.fleet = fleet;
    }

    @GetMapping("/vehicles/fleet")
    String page(Actor actor, Model model) {
        model.addAttribute("vehicles", fleet.vehicles(actor.unitId()));
        model.addAttribute("drivers", fleet.drivers(actor.unitId()));
        return "vehicles/fleet";
    }

    @PostMapping("/vehicles/fleet/vehicles")
    @Transactional
    String addVehicle(Actor actor, @RequestParam String plate, @RequestParam String model, @RequestParam int seats) {
        String cleanPlate = plate.strip().toUpperCase();
        if (!cleanPlate.matches(PLATE)) {
            throw new RuleViolationException("车牌号格式不正确，例如 甘A·12345");
        }
        if (fleet.plateTaken(cleanPlate)) {
            throw new RuleViolationException("车牌号 " + cleanPlate + " 已登记");
        }
        if (seats < 2 || seats > 60 || model.isBlank()) {
            throw new RuleViolationException("请填写车型，座位数在 2 到 60 之间");
        }
        fleet.addVehicle(actor.unitId(), cleanPlate, model.strip(), seats);
        return "redirect:/vehicles/fleet";
    }

    @PostMapping("/vehicles/fleet/drivers")
    String addDriver(Actor actor, @RequestParam String name, @RequestParam String phone) {
        if (name.isBlank() || !phone.strip().matches("^1\\d{10}$")) {
            throw new RuleViolationException("请填写驾驶员姓名和11位手机号");
        }
        fleet.addDriver(actor.unitId(), name.strip(), phone.strip());
        return "redirect:/vehicles/fleet";
    }

    @PostMapping("/vehicles/fleet/{kind}/{fleetItemId}/retire")
    String retire(Actor actor, @PathVariable String kind, @PathVariable long fleetItemId) {
        String table = switch (kind) {
            case "vehicles" -> "vehicle";
            case "drivers" -> "driver";
            default -> throw new NotFoundException("未知类别: " + kind);
        };
        if (!fleet.retire(table, fleetItemId, actor.unitId())) {
            throw new NotFoundException("不是本单位的车辆或驾驶员: " + fleetItemId);
        }
        return "redirect:/vehicles/fleet";
    }
}
