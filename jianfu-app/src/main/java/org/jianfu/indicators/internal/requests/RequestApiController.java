package org.jianfu.indicators.internal.requests;

import java.util.List;
import java.util.Map;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 填报任务 as JSON: draft, add fields (the answer carries the duplicate warnings: 同一指标 and 可能相同),
 * answer a 可能相同 pair, submit, approve.
 */
@RestController
@RequestMapping("/api/v1/data-requests")
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK', 'LEADER')")
class RequestApiController {

    private final RequestQueries queries;
    private final RequestFlow flow;
    private final Approvals approvals;

    RequestApiController(RequestQueries queries, RequestFlow flow, Approvals approvals) {
        this.queries = queries;
        this.flow = flow;
        this.approvals = approvals;
    }

    @GetMapping
    List<DataRequest> list(Actor actor) {
        return queries.list(actor);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RequestDetail create(@RequestBody RequestDraft draft, Actor actor) {
        return queries.detail(actor, flow.create(actor, draft));
    }

    @GetMapping("/{requestId}")
    RequestDetail detail(@PathVariable long requestId, Actor actor) {
        return queries.detail(actor, requestId);
    }

    @PostMapping("/{requestId}/fields")
    @ResponseStatus(HttpStatus.CREATED)
    RequestDetail addField(@PathVariable long requestId, @RequestBody NewField field, Actor actor) {
        flow.addField(actor, requestId, field);
        return queries.detail(actor, requestId);
    }

    @PostMapping("/{requestId}/fields/{fieldId}/reuse")
    RequestDetail reuse(@PathVariable long requestId, @PathVariable long fieldId, @RequestBody Map<String, String> body,
                        Actor actor) {
        flow.reuse(actor, requestId, fieldId, body.get("matchKey"));
        return queries.detail(actor, requestId);
    }

    /** The requester's answer to a 可能相同 pair: {"matchKey": "F:12", "same": false, "reason": "口径不同"}. */
    record Answer(String matchKey, Boolean same, String reason) {
    }

    @PostMapping("/{requestId}/fields/{fieldId}/confirmation")
    RequestDetail answer(@PathVariable long requestId, @PathVariable long fieldId, @RequestBody Answer body, Actor actor) {
        if (body.matchKey() == null || body.same() == null) {
            throw new RuleViolationException("请给出 matchKey 和 same（是否同一指标）");
        }
        flow.answer(actor, requestId, fieldId, body.matchKey(), body.same(), body.reason());
        return queries.detail(actor, requestId);
    }

    /** Every answer given on the request's 可能相同 pairs, with who and when. */
    @GetMapping("/{requestId}/confirmations")
    List<Confirmation> confirmations(@PathVariable long requestId, Actor actor) {
        return queries.confirmations(actor, requestId);
    }

    @PostMapping("/{requestId}/submit")
    RequestDetail submit(@PathVariable long requestId, @RequestBody(required = false) Map<String, String> body, Actor actor) {
        flow.submit(actor, requestId, body == null ? null : body.get("explanation"));
        return queries.detail(actor, requestId);
    }

    @PostMapping("/{requestId}/approve")
    RequestDetail approve(@PathVariable long requestId, Actor actor) {
        approvals.approve(actor, requestId);
        return queries.detail(actor, requestId);
    }

    @PostMapping("/{requestId}/explanation-approval")
    RequestDetail approveExplanation(@PathVariable long requestId, Actor actor) {
        approvals.approveExplanation(actor, requestId);
        return queries.detail(actor, requestId);
    }
}
