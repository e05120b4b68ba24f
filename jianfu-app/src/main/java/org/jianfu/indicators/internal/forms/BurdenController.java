package org.jianfu.indicators.internal.forms;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jianfu.indicators.FormBurden;
import org.jianfu.indicators.FormBurdens;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.platform.time.Years;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** 填报负担: per grassroots unit of the office's subtree and month, fields asked vs fields actually filled. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
class BurdenController {

    /** One row: the unit's name beside its figures. */
    record Row(String unit, FormBurden burden) {
    }

    private final FormBurdens burdens;
    private final Organization organization;

    private final Years years;

    BurdenController(FormBurdens burdens, Organization organization, Years years) {
        this.years = years;
        this.burdens = burdens;
        this.organization = organization;
    }

    @GetMapping("/indicators/burden")
    String page(@RequestParam(required = false) String month, @RequestParam(required = false) Integer year, Actor actor,
                Model model) {
        YearMonth shown = month(month, year);
        List<Row> rows = rows(actor, shown);
        model.addAttribute("month", shown);
        model.addAttribute("year", shown.getYear());
        model.addAttribute("rows", rows.stream().limit(500).toList());
        model.addAttribute("units", rows.size());
        model.addAttribute("requested", rows.stream().mapToInt(r -> r.burden().fieldsRequested()).sum());
        model.addAttribute("filled", rows.stream().mapToInt(r -> r.burden().fieldsFilled()).sum());
        return "indicators/burden";
    }

    @GetMapping("/api/v1/form-burdens")
    @ResponseBody
    List<Row> api(@RequestParam(required = false) String month, Actor actor) {
        return rows(actor, month(month, null));
    }

    private List<Row> rows(Actor actor, YearMonth month) {
        String root = actor.browseRoot();
        List<FormBurden> figures = burdens.below(root, month);
        Map<Long, Unit> units = organization.units(figures.stream().map(FormBurden::unitId).toList()).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        return figures.stream().map(f -> new Row(units.containsKey(f.unitId()) ? units.get(f.unitId()).name() : "—", f))
                .toList();
    }

    /** The month asked for; else the given year's last month up to now; else this month by the clock. */
    private YearMonth month(String text, Integer year) {
        if (text == null || text.isBlank()) {
            YearMonth now = YearMonth.from(years.today());
            int shown = years.shown(year);
            return shown >= now.getYear() ? now : YearMonth.of(shown, 12);
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("月份格式应为 2026-03（年-月）");
        }
    }
}
