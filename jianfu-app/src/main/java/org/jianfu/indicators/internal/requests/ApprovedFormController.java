package org.jianfu.indicators.internal.requests;

import java.time.LocalDate;
import java.util.List;
import org.jianfu.organization.Organization;
import org.jianfu.organization.OrganizationScope;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.jianfu.platform.Actor;
import org.jianfu.platform.time.Years;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 基层报表准入清单: the 减负办 lists, per year, the forms each department of its division may send
 * to the grassroots. A request not on the list needs an explanation the 减负办 approves.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
class ApprovedFormController {

    record ApprovedForm(long id, int year, String department, String formName) {
    }

    private final JdbcClient jdbc;
    private final Organization organization;
    private final OrganizationScope scope;

    private final Years years;

    ApprovedFormController(JdbcClient jdbc, Organization organization, OrganizationScope scope, Years years) {
        this.years = years;
        this.jdbc = jdbc;
        this.organization = organization;
        this.scope = scope;
    }

    @GetMapping("/indicators/approved-forms")
    String list(@RequestParam(required = false) Integer year, Actor actor, Model model) {
        int shown = years.shown(year);
        model.addAttribute("year", shown);
        List<Unit> departments = departments(actor);
        var names = new java.util.HashMap<Long, String>();
        departments.forEach(u -> names.put(u.id(), u.shortName()));
        model.addAttribute("forms", jdbc.sql("""
                        select id, year, unit_id, form_name from indicators.approved_form
                        where year = ? and unit_id = any(?) order by unit_id, form_name""")
                .params(shown, names.keySet().toArray(Long[]::new))
                .query((rs, n) -> new ApprovedForm(rs.getLong(1), rs.getInt(2), names.get(rs.getLong(3)), rs.getString(4)))
                .list());
        model.addAttribute("departments", departments);
        return "indicators/approved-forms";
    }

    @PostMapping("/indicators/approved-forms")
    @Transactional
    String add(@RequestParam int year, @RequestParam long unitId, @RequestParam String formName, Actor actor,
               RedirectAttributes flash) {
        Unit unit = scope.readableUnit(actor, unitId);
        if (formName.isBlank() || year < 2000 || year > 2100) {
            flash.addFlashAttribute("error", "请填写报表名称和年份");
        } else {
            jdbc.sql("""
                    insert into indicators.approved_form (year, unit_id, form_name, approved_by) values (?,?,?,?)
                    on conflict do nothing""").params(year, unit.id(), formName.strip(), actor.accountId()).update();
            flash.addFlashAttribute("notice", "已加入准入清单：" + unit.shortName() + "「" + formName.strip() + "」");
        }
        return "redirect:/indicators/approved-forms?year=" + year;
    }

    /** Departments of the office's own division: they send requests to the grassroots below it. */
    private List<Unit> departments(Actor actor) {
        return organization.unitsOf(actor.divisionCode()).stream()
                .filter(u -> u.kind() == UnitKind.DEPARTMENT || u.kind() == UnitKind.GOVERNMENT_OFFICE
                        || u.kind() == UnitKind.PARTY_OFFICE).toList();
    }
}
