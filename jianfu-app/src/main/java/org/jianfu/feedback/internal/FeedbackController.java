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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The author's pages: report a burden, get the one-time secret, follow up with it. */
@Controller
@PreAuthorize("isAuthenticated()")
class FeedbackController {

    private static final String PUBLIC_CODE = "publicCode";
    private static final String SECRET = "secret";

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

    /**
     * Files the report and redirects (POST-redirect-GET): a refresh of the receipt used to post it again and file a
     * second identical report. The code and secret travel to the receipt as flash attributes, held in the author's
     * own session for that one redirect and then dropped, never in the URL.
     */
    @PostMapping("/feedback/new")
    @PreAuthorize("hasAnyRole('CADRE', 'CLERK', 'LEADER')")
    String submit(Actor actor, @RequestParam(required = false) FeedbackCategory category,
                  @RequestParam(required = false) Long causingUnitId, @RequestParam(defaultValue = "") String body,
                  @RequestParam(required = false) MultipartFile attachment, Model model,
                  RedirectAttributes flash, HttpServletResponse response) throws IOException {
        noStore(response);
        try {
            if (category == null || causingUnitId == null) {
                throw new RuleViolationException("请选择类别和造成负担的单位。");
            }
            byte[] bytes = attachment == null || attachment.isEmpty() ? null : attachment.getBytes();
            OneTimeSecret secret = intake.submit(actor, new FeedbackSubmission(category, causingUnitId, body), bytes);
            flash.addFlashAttribute(PUBLIC_CODE, secret.publicCode());
            flash.addFlashAttribute(SECRET, secret.secret());
            return "redirect:/feedback/receipt";
        } catch (RuleViolationException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("body", body);
            model.addAttribute("category", category);
            model.addAttribute("causingUnitId", causingUnitId);
            return form(actor, model);
        }
    }

    /** Shows the code and secret once; a refresh (the flash is gone) goes to the 观察点 page and files nothing. */
    @GetMapping("/feedback/receipt")
    String receipt(Model model, HttpServletResponse response) {
        noStore(response);
        if (!model.containsAttribute(SECRET)) {
            return "redirect:/feedback";
        }
        return "feedback/receipt";
    }

    /** Checks the code and secret, then shows the report through a redirect, so a refresh re-posts nothing. */
    @PostMapping("/feedback/follow-up")
    String followUp(@RequestParam String publicCode, @RequestParam String secret, Model model,
                    RedirectAttributes flash, HttpServletResponse response) {
        noStore(response);
        try {
            intake.followUp(publicCode, secret);
            return toStatus(publicCode, secret, flash);
        } catch (NotFoundException e) {
            model.addAttribute("error", e.getMessage());
            return "feedback/home";
        }
    }

    /** Adds a note and redirects: a refresh used to add the same note twice. */
    @PostMapping("/feedback/follow-up/note")
    String addNote(@RequestParam String publicCode, @RequestParam String secret, @RequestParam String note,
                   Model model, RedirectAttributes flash, HttpServletResponse response) {
        noStore(response);
        try {
            intake.addNote(publicCode, secret, note);
            flash.addFlashAttribute("saved", true);
            return toStatus(publicCode, secret, flash);
        } catch (RuleViolationException e) {
            model.addAttribute("noteError", e.getMessage());
            return status(intake.followUp(publicCode, secret), publicCode, secret, model);
        } catch (NotFoundException e) {
            model.addAttribute("error", e.getMessage());
            return "feedback/home";
        }
    }

    /** The report's status, for the one request after a follow-up POST; afterwards the code and secret are asked again. */
    @GetMapping("/feedback/follow-up")
    String followUpPage(Model model, HttpServletResponse response) {
        noStore(response);
        if (!(model.getAttribute(PUBLIC_CODE) instanceof String code) || !(model.getAttribute(SECRET) instanceof String secret)) {
            return "redirect:/feedback";
        }
        try {
            return status(intake.followUp(code, secret), code, secret, model);
        } catch (NotFoundException e) {
            model.addAttribute("error", e.getMessage());
            return "feedback/home";
        }
    }

    private static String toStatus(String publicCode, String secret, RedirectAttributes flash) {
        flash.addFlashAttribute(PUBLIC_CODE, publicCode);
        flash.addFlashAttribute(SECRET, secret);
        return "redirect:/feedback/follow-up";
    }

    private String status(Report report, String publicCode, String secret, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("entries", intake.entries(report));
        model.addAttribute(PUBLIC_CODE, publicCode);
        model.addAttribute(SECRET, secret);
        return "feedback/follow-up";
    }

    /** The secret is on these pages: no cache, no back-button copy on a shared phone. */
    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }
}
