package org.jianfu.feedback.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jianfu.feedback.FeedbackCategory;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The author's pages: report a burden, get the one-time secret, follow up with it. */
@Controller
@PreAuthorize("isAuthenticated()")
class FeedbackController {

    private final FeedbackIntake intake;

    FeedbackController(FeedbackIntake intake) {
        this.intake = intake;
    }

    @GetMapping("/feedback")
    String home() {
        return "feedback/home";
    }

    @GetMapping("/feedback/new")
    @PreAuthorize("hasAnyRole('CADRE', 'CLERK', 'LEADER')")
    String form(Actor actor, Model model) {
        model.addAttribute("categories", FeedbackCategory.values());
        model.addAttribute("choices", intake.causingUnitChoices(actor));
        return "feedback/new";
    }

    @PostMapping("/feedback/new")
    @PreAuthorize("hasAnyRole('CADRE', 'CLERK', 'LEADER')")
    String submit(Actor actor, @RequestParam(required = false) FeedbackCategory category,
                  @RequestParam(required = false) Long causingUnitId, @RequestParam(defaultValue = "") String body,
                  @RequestParam(required = false) MultipartFile attachment, Model model,
                  HttpServletResponse response) throws IOException {
        noStore(response);
        try {
            if (category == null || causingUnitId == null) {
                throw new RuleViolationException("请选择类别和造成负担的单位。");
            }
            byte[] bytes = attachment == null || attachment.isEmpty() ? null : attachment.getBytes();
            model.addAttribute("secret", intake.submit(actor, new FeedbackSubmission(category, causingUnitId, body), bytes));
            return "feedback/receipt";
        } catch (RuleViolationException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("body", body);
            model.addAttribute("category", category);
            model.addAttribute("causingUnitId", causingUnitId);
            return form(actor, model);
        }
    }

    @PostMapping("/feedback/follow-up")
    String followUp(@RequestParam String publicCode, @RequestParam String secret, Model model,
                    HttpServletResponse response) {
        noStore(response);
        try {
            Report report = intake.followUp(publicCode, secret);
            return status(report, publicCode, secret, model);
        } catch (NotFoundException e) {
            model.addAttribute("error", e.getMessage());
            return "feedback/home";
        }
    }

    @PostMapping("/feedback/follow-up/note")
    String addNote(@RequestParam String publicCode, @RequestParam String secret, @RequestParam String note,
                   Model model, HttpServletResponse response) {
        noStore(response);
        try {
            Report report = intake.addNote(publicCode, secret, note);
            model.addAttribute("saved", true);
            return status(report, publicCode, secret, model);
        } catch (RuleViolationException e) {
            model.addAttribute("noteError", e.getMessage());
            return status(intake.followUp(publicCode, secret), publicCode, secret, model);
        } catch (NotFoundException e) {
            model.addAttribute("error", e.getMessage());
            return "feedback/home";
        }
    }

    private String status(Report report, String publicCode, String secret, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("entries", intake.entries(report));
        model.addAttribute("publicCode", publicCode);
        model.addAttribute("secret", secret);
        return "feedback/follow-up";
    }

    /** The secret is on these pages: no cache, no back-button copy on a shared phone. */
    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }
}
