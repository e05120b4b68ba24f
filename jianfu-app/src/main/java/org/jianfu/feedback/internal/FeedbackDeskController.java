package org.jianfu.feedback.internal;

import java.util.UUID;
import org.jianfu.platform.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The desk: 减负办 triage and the causing unit's answer. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK', 'LEADER')")
class FeedbackDeskController {

    private final FeedbackDesk desk;

    FeedbackDeskController(FeedbackDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/feedback/desk")
    String list(Actor actor, @RequestParam(required = false) ReportStatus status, Model model) {
        model.addAttribute("reports", desk.list(actor, status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ReportStatus.values());
        return "feedback/desk";
    }

    @GetMapping("/feedback/reports/{reportId}")
    String report(@PathVariable UUID reportId, Actor actor, Model model) {
        Report report = desk.report(actor, reportId);
        model.addAttribute("report", report);
        model.addAttribute("entries", desk.entries(actor, reportId));
        model.addAttribute("mayTriage", desk.mayTriage(actor, report));
        return "feedback/report";
    }

    @GetMapping("/feedback/reports/{reportId}/attachment")
    ResponseEntity<byte[]> attachment(@PathVariable UUID reportId, Actor actor) {
        AttachmentImage image = desk.attachment(actor, reportId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.mediaType()))
                .header("Cache-Control", "private, no-store").body(image.content());
    }

    @PostMapping("/feedback/reports/{reportId}/ask")
    String ask(@PathVariable UUID reportId, @RequestParam String text, Actor actor, RedirectAttributes flash) {
        return act(() -> desk.ask(actor, reportId, text), reportId, flash, "已转责任单位");
    }

    @PostMapping("/feedback/reports/{reportId}/respond")
    String respond(@PathVariable UUID reportId, @RequestParam String text, Actor actor, RedirectAttributes flash) {
        return act(() -> desk.respond(actor, reportId, text), reportId, flash, "已回应");
    }

    @PostMapping("/feedback/reports/{reportId}/close")
    String close(@PathVariable UUID reportId, @RequestParam String text, Actor actor, RedirectAttributes flash) {
        return act(() -> desk.close(actor, reportId, text), reportId, flash, "已办结");
    }

    private static String act(Runnable action, UUID reportId, RedirectAttributes flash, String done) {
        try {
            action.run();
            flash.addFlashAttribute("ok", done);
        } catch (org.jianfu.platform.RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/feedback/reports/" + reportId;
    }
}
