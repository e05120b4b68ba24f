package org.jianfu.feedback.internal.survey;

import java.util.List;
import org.jianfu.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The 获得感 survey over REST. */
@RestController
@RequestMapping("/api/v1/feedback/surveys")
class SurveyApiController {

    private final SurveyDesk desk;

    SurveyApiController(SurveyDesk desk) {
        this.desk = desk;
    }

    record Answers(List<Integer> scores) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CADRE', 'MONITOR', 'ADMIN')")
    List<Survey> list() {
        return desk.all();
    }

    @PostMapping("/{surveyId}/answers")
    @PreAuthorize("hasRole('CADRE')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void answer(@PathVariable long surveyId, @RequestBody Answers answers, Actor actor) {
        desk.answer(actor, surveyId, answers.scores());
    }

    @GetMapping("/{surveyId}/results/{code}")
    @PreAuthorize("hasAnyRole('MONITOR', 'ADMIN')")
    SurveyResult results(@PathVariable long surveyId, @PathVariable String code, Actor actor) {
        return desk.results(actor, surveyId, code);
    }
}
