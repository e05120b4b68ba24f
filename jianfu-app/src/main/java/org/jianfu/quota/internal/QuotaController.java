package org.jianfu.quota.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.platform.time.Years;
import org.jianfu.quota.IssuanceQuota;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 发文限额 page: used/remaining per unit and year; the 减负办 sets its region's rule here. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK', 'LEADER')")
class QuotaController {

    private final QuotaSettings settings;
    private final Organization organization;

    private final Years years;

    QuotaController(QuotaSettings settings, Organization organization, Years years) {
        this.years = years;
        this.settings = settings;
        this.organization = organization;
    }

    @GetMapping("/quota")
    String overview(@RequestParam(required = false) Integer year, Actor actor, Model model) {
        int shown = years.shown(year);
        List<IssuanceQuota> standings = settings.overview(actor, shown);
        Map<Long, Unit> units = organization.units(standings.stream().map(IssuanceQuota::unitId).toList()).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        model.addAttribute("year", shown);
        model.addAttribute("baseYear", years.base());
        model.addAttribute("standings", standings);
        model.addAttribute("units", units);
        model.addAttribute("rules", settings.rules(actor));
        return "quota/overview";
    }

    @PostMapping("/quota/rules")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    String setRule(@RequestParam int year, @RequestParam QuotaRule.Style style,
                   @RequestParam(required = false) Integer baseYear, @RequestParam(required = false) Integer cutPercent,
                   @RequestParam(required = false) String note, Actor actor, RedirectAttributes flash) {
        try {
            settings.put(actor, year, style, baseYear, cutPercent, note);
            flash.addFlashAttribute("ok", "已保存 " + year + " 年规则");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/quota?year=" + year;
    }
}
