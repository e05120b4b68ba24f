package org.jianfu.indicators.internal.forms;

import java.util.List;
import java.util.Map;
import org.jianfu.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The merged form as JSON for apps: read it, submit it (idempotent per version; 409 on a conflicting change). */
@RestController
@RequestMapping("/api/v1/forms")
@PreAuthorize("hasAnyRole('CADRE', 'CLERK', 'LEADER')")
class FormApiController {

    /** A submission: the version the answers start from, and values by item key. */
    record Answers(int version, Map<String, String> values) {
    }

    private final Forms forms;
    private final FormSubmission submission;

    FormApiController(Forms forms, FormSubmission submission) {
        this.forms = forms;
        this.submission = submission;
    }

    @GetMapping
    List<Forms.MonthEntry> months(Actor actor) {
        return forms.months(actor);
    }

    @GetMapping("/{period}")
    MergedForm form(@PathVariable String period, Actor actor) {
        return forms.form(actor, period);
    }

    @PostMapping("/{period}")
    ResponseEntity<?> submit(@PathVariable String period, @RequestBody Answers answers, Actor actor) {
        MergedForm form = forms.form(actor, period);
        var outcome = submission.submit(actor, form, answers.version(), answers.values() == null ? Map.of() : answers.values(), "WEB");
        if (!outcome.ok()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "有字段需要修改");
            problem.setTitle("填报内容有误");
            problem.setProperty("errors", outcome.errors());
            return ResponseEntity.unprocessableContent().body(problem);
        }
        return ResponseEntity.ok(Map.of("version", outcome.version(), "replayed", outcome.replayed()));
    }
}
