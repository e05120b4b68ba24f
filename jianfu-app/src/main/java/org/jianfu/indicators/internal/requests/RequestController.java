package org.jianfu.indicators.internal.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jianfu.indicators.matching.Indicator;
import org.jianfu.organization.Division;
import org.jianfu.organization.Organization;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** 填报任务 pages: the list, a new request, and the request with its duplicate warnings. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK', 'LEADER')")
class RequestController {

    static final String VIEW_LIST = "indicators/requests";
    static final String VIEW_NEW = "indicators/request-new";
    static final String VIEW_DETAIL = "indicators/request";

    private final RequestQueries queries;
    private final RequestFlow flow;
    private final Organization organization;

    private final Clock clock;

    RequestController(RequestQueries queries, RequestFlow flow, Organization organization, Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.flow = flow;
        this.organization = organization;
    }

    @GetMapping("/indicators/requests")
    String list(Actor actor, Model model) {
        model.addAttribute("requests", queries.list(actor));
        model.addAttribute("waiting", queries.waitingOn(actor));
        model.addAttribute("mayDraft", RequestAccess.mayDraft(actor));
        return VIEW_LIST;
    }

    @GetMapping("/indicators/requests/new")
    String form(Actor actor, Model model) {
        YearMonth next = YearMonth.now(clock).plusMonths(1);
        return showForm(actor, model, new RequestDraft("", "", actor.divisionCode(), "VILLAGE", "MONTHLY",
                next.toString(), next.atDay(20).toString()), null);
    }

    @PostMapping("/indicators/requests")
    String create(@ModelAttribute RequestDraft draft, Actor actor, Model model) {
        try {
            return "redirect:/indicators/requests/" + flow.create(actor, draft);
        } catch (RuleViolationException e) {
            return showForm(actor, model, draft, e.getMessage());
        }
    }

    @GetMapping("/indicators/requests/{requestId}")
    String detail(@PathVariable long requestId, Actor actor, Model model) {
        model.addAttribute("d", queries.detail(actor, requestId));
        model.addAttribute("periods", Indicator.Period.values());
        model.addAttribute("types", Indicator.DataType.values());
        model.addAttribute("today", LocalDate.now(clock));
        return VIEW_DETAIL;
    }

    private String showForm(Actor actor, Model model, RequestDraft draft, String error) {
        List<Division> targets = new ArrayList<>();
        organization.division(actor.divisionCode()).ifPresent(targets::add);
        if (RequestAccess.depth(actor.divisionPath()) >= 2) {
            targets.addAll(organization.children(actor.divisionCode()));
        }
        model.addAttribute("draft", draft);
        model.addAttribute("error", error);
        model.addAttribute("targets", targets);
        model.addAttribute("periods", Indicator.Period.values());
        model.addAttribute("mayDraft", RequestAccess.mayDraft(actor));
        return VIEW_NEW;
    }
}
