package org.jianfu.feedback.internal.survey;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 获得感 survey pages: cadres answer, 减负办 read the results of their area. */
@Controller
class SurveyController {

    private final SurveyDesk desk;

    SurveyController(SurveyDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/feedback/surveys")
    @PreAuthorize("hasAnyRole('CADRE', 'MONITOR', 'ADMIN')")
    String list(Actor actor, Model model) {
        model.addAttribute("surveys", desk.all());
        model.addAttribute("today", desk.today());
        model.addAttribute("answered", desk.all().stream().filter(s -> desk.answered(actor, s.id())).map(Survey::id).toList());
        model.addAttribute("area", actor.browseRoot().substring(actor.browseRoot().lastIndexOf('.') + 1));
        return "feedback/surveys";
    }

    @PostMapping("/feedback/surveys")
    @PreAuthorize("hasAnyRole('MONITOR', 'ADMIN')")
    String create(Actor actor, RedirectAttributes flash) {
        try {
            desk.createForQuarter(actor, desk.today());
            flash.addFlashAttribute("ok", "本季度问卷已发布");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/feedback/surveys";
    }

    @GetMapping("/feedback/surveys/{surveyId}")
    @PreAuthorize("hasRole('CADRE')")
    String form(@PathVariable long surveyId, Actor actor, Model model) {
        model.addAttribute("survey", desk.survey(surveyId));
        model.addAttribute("scale", Survey.SCALE);
        model.addAttribute("answered", desk.answered(actor, surveyId));
        model.addAttribute("open", desk.survey(surveyId).isOpen(desk.today()));
        return "feedback/survey";
    }

    @PostMapping("/feedback/surveys/{surveyId}")
    @PreAuthorize("hasRole('CADRE')")
    String answer(@PathVariable long surveyId, Actor actor, HttpServletRequest request, RedirectAttributes flash) {
        List<Integer> scores = new ArrayList<>();
        for (int q = 1; q <= desk.survey(surveyId).questions().size(); q++) {
            String v = request.getParameter("q" + q);
            scores.add(v == null || !v.matches("[1-5]") ? null : Integer.valueOf(v));
        }
        try {
            desk.answer(actor, surveyId, scores);
            flash.addFlashAttribute("ok", "已提交，谢谢！答案只计入所在县区的统计，不与您的账号关联。");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/feedback/surveys/" + surveyId;
    }

    @GetMapping("/feedback/surveys/{surveyId}/results/{code}")
    @PreAuthorize("hasAnyRole('MONITOR', 'ADMIN')")
    String results(@PathVariable long surveyId, @PathVariable String code, Actor actor, Model model) {
        model.addAttribute("result", desk.results(actor, surveyId, code));
        model.addAttribute("scale", Survey.SCALE);
        return "feedback/survey-results";
    }
}
