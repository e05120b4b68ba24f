package org.jianfu.registers.internal;

import java.time.LocalDate;
import java.util.List;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.platform.time.Years;
import org.jianfu.registers.RegisterKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Register pages: counts vs 2018 and entries, a new entry, an entry with its decision, a township's duty list. */
@Controller
@PreAuthorize("isAuthenticated()")
class RegisterController {

    private final RegisterBook book;
    private final RegisterCounts counts;
    private final DutyList duties;
    private final Organization organization;

    private final Years years;

    RegisterController(RegisterBook book, RegisterCounts counts, DutyList duties, Organization organization, Years years) {
        this.years = years;
        this.book = book;
        this.counts = counts;
        this.duties = duties;
        this.organization = organization;
    }

    @GetMapping("/registers")
    String list(@RequestParam(name = "year", required = false) Integer requestedYear, Actor actor, Model model) {
        int year = years.shown(requestedYear);
        model.addAttribute("baseYear", years.base());
        boolean office = actor.role() == Role.MONITOR || actor.isAdmin();
        model.addAttribute("year", year);
        model.addAttribute("counts", office ? counts.countsBelow(actor.browseRootCode(), year)
                : counts.countsOf(actor.unitId(), year));
        model.addAttribute("entries", book.ofUnit(actor.unitId()));
        model.addAttribute("pending", book.pendingFor(actor));
        model.addAttribute("townships", organization.children(actor.divisionCode()).stream()
                .filter(d -> d.level().name().equals("TOWNSHIP")).toList());
        return "registers/list";
    }

    @GetMapping("/registers/entries/new")
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    String form(Actor actor, Model model) {
        Unit owner = organization.unit(actor.unitId()).orElseThrow();
        model.addAttribute("kinds", RegisterKind.values());
        model.addAttribute("units", organization.children(owner.divisionCode()).stream()
                .flatMap(d -> organization.unitsOf(d.code()).stream()).toList());
        model.addAttribute("year", years.current());
        return "registers/form";
    }

    @PostMapping("/registers/entries")
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    String request(@RequestParam RegisterKind kind, @RequestParam String title, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) List<Long> counterpartUnitIds, @RequestParam int year,
                   @RequestParam(required = false) String personName,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
                   Actor actor, RedirectAttributes flash) {
        try {
            RegisterEntry e = book.request(actor, new EntryDraft(kind, title, reason, counterpartUnitIds, year, personName, startsOn, endsOn));
            flash.addFlashAttribute("ok", "已提交减负办审批");
            return "redirect:/registers/entries/" + e.id();
        } catch (RuleViolationException ex) {
            flash.addFlashAttribute("error", ex.getMessage());
            return "redirect:/registers/entries/new";
        }
    }

    @GetMapping("/registers/entries/{entryId}")
    String entry(@PathVariable long entryId, Actor actor, Model model) {
        RegisterEntry e = book.readable(actor, entryId);
        model.addAttribute("entry", e);
        model.addAttribute("counterparts", organization.units(e.counterpartUnitIds()));
        return "registers/entry";
    }

    @PostMapping("/registers/entries/{entryId}/decision")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    String decide(@PathVariable long entryId, @RequestParam boolean approve, @RequestParam(required = false) String note,
                  Actor actor, RedirectAttributes flash) {
        try {
            book.decide(actor, entryId, approve, note);
            flash.addFlashAttribute("ok", approve ? "已批准" : "未批准");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/registers/entries/" + entryId;
    }

    @GetMapping("/registers/duties/{code}")
    String duties(@PathVariable String code, Actor actor, Model model) {
        model.addAttribute("township", duties.township(actor, code));
        model.addAttribute("duties", duties.duties(code));
        return "registers/duties";
    }

    @PostMapping("/registers/duties/{code}/tasks")
    String assign(@PathVariable String code, @RequestParam String task, Actor actor, RedirectAttributes flash) {
        try {
            var check = duties.assign(actor, code, task);
            flash.addFlashAttribute(check.onList() ? "ok" : "error", check.onList()
                    ? "属于清单事项：" + check.matchedDuty()
                    : "“" + check.task() + "”不在本乡镇履职事项清单内，不得以属地管理名义转嫁，已登记提示");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/registers/duties/" + code;
    }
}
