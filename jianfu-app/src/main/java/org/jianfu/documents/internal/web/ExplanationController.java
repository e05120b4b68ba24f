package org.jianfu.documents.internal.web;

import org.jianfu.documents.internal.DocumentAccess;
import org.jianfu.documents.internal.gate.Explanation;
import org.jianfu.documents.internal.gate.Explanations;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 超限说明: written from the document page, decided on its own page by the 减负办 one level up. */
@Controller
@PreAuthorize("isAuthenticated()")
class ExplanationController {

    private final Explanations explanations;
    private final DocumentAccess access;

    ExplanationController(Explanations explanations, DocumentAccess access) {
        this.explanations = explanations;
        this.access = access;
    }

    @GetMapping("/documents/explanations")
    @PreAuthorize("hasRole('MONITOR')")
    String list(Actor actor, Model model) {
        model.addAttribute("awaiting", explanations.awaiting(actor));
        model.addAttribute("decided", explanations.decided(actor));
        return "documents/explanations";
    }

    @GetMapping("/documents/explanations/{explanationId}")
    String show(@PathVariable long explanationId, Actor actor, Model model) {
        Explanation e = explanations.visible(actor, explanationId);
        model.addAttribute("e", e);
        model.addAttribute("doc", access.readable(actor, e.documentId()));
        model.addAttribute("mayDecide", explanations.mayDecide(actor, e) && e.state() == Explanation.State.PENDING);
        return "documents/explanation";
    }

    @PostMapping("/documents/explanations/{explanationId}")
    @PreAuthorize("hasRole('MONITOR')")
    String decide(@PathVariable long explanationId, @RequestParam boolean approve,
                  @RequestParam(required = false) String comment, Actor actor, RedirectAttributes flash) {
        try {
            explanations.decide(actor, explanationId, approve, comment);
            flash.addFlashAttribute("ok", approve ? "已批准" : "已退回，不予批准");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/documents/explanations/" + explanationId;
    }

    @PostMapping("/documents/{documentId}/explanations")
    String write(@PathVariable long documentId, @RequestParam String check, @RequestParam String text, Actor actor,
                 RedirectAttributes flash) {
        try {
            explanations.write(actor, documentId, check, text);
            flash.addFlashAttribute("ok", "超限说明已提交上一级减负办审批");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/documents/" + documentId;
    }
}
