package org.jianfu.indicators.internal.registry;

import org.jianfu.indicators.matching.Indicator;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** 指标库 pages: browse and search for everyone signed in; add for the province 减负办 and admin. */
@Controller
@PreAuthorize("isAuthenticated()")
class RegistryController {

    static final String VIEW = "indicators/registry";
    static final String VIEW_NEW = "indicators/registry-new";

    private final Registry registry;
    private final RegistryEditing editing;

    RegistryController(Registry registry, RegistryEditing editing) {
        this.registry = registry;
        this.editing = editing;
    }

    @GetMapping("/indicators/registry")
    String list(@RequestParam(required = false) String q, Actor actor, Model model,
                @RequestHeader(name = "HX-Request", required = false) String htmx) {
        model.addAttribute("entries", registry.search(q));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("mayEdit", RegistryEditing.mayEdit(actor));
        return htmx != null ? VIEW + " :: rows" : VIEW;
    }

    @GetMapping("/indicators/registry/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    String form(Model model) {
        return showForm(model, new IndicatorForm("", "", "", "YEARLY", "VILLAGE", "", "INTEGER", "0", "", ""), null);
    }

    @PostMapping("/indicators/registry")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    String add(@ModelAttribute IndicatorForm form, Actor actor, Model model) {
        try {
            RegistryEntry added = editing.add(actor, form);
            return "redirect:/indicators/registry?q=" + java.net.URLEncoder.encode(added.indicator().code(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (RuleViolationException e) {
            return showForm(model, form, e.getMessage());
        }
    }

    private String showForm(Model model, IndicatorForm form, String error) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("periods", Indicator.Period.values());
        model.addAttribute("levels", Indicator.CollectionLevel.values());
        model.addAttribute("types", Indicator.DataType.values());
        return VIEW_NEW;
    }
}
