package org.jianfu.documents.internal.web;

import java.util.List;
import java.util.Map;
import org.jianfu.documents.internal.gate.Explanation;
import org.jianfu.documents.internal.gate.Explanations;
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

/** 超限说明 over JSON: the drafter writes one for a blocked check; the 减负办 one level up decides. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
class ExplanationApiController {

    record Written(String check, String text) {
    }

    record Decision(boolean approve, String comment) {
    }

    private final Explanations explanations;

    ExplanationApiController(Explanations explanations) {
        this.explanations = explanations;
    }

    @PostMapping("/documents/{documentId}/explanations")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> write(@PathVariable long documentId, @RequestBody Written written, Actor actor) {
        return Map.of("id", explanations.write(actor, documentId, written.check(), written.text()));
    }

    @GetMapping("/explanations")
    @PreAuthorize("hasRole('MONITOR')")
    List<Explanation> awaiting(Actor actor) {
        return explanations.awaiting(actor);
    }

    @GetMapping("/explanations/{explanationId}")
    Explanation explanation(@PathVariable long explanationId, Actor actor) {
        return explanations.visible(actor, explanationId);
    }

    @PostMapping("/explanations/{explanationId}/decision")
    @PreAuthorize("hasRole('MONITOR')")
    Explanation decide(@PathVariable long explanationId, @RequestBody Decision decision, Actor actor) {
        return explanations.decide(actor, explanationId, decision.approve(), decision.comment());
    }
}
