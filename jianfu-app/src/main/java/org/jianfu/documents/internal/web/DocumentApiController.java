package org.jianfu.documents.internal.web;

import java.util.List;
import java.util.Map;
import org.jianfu.documents.internal.Document;
import org.jianfu.documents.internal.DocumentAccess;
import org.jianfu.documents.internal.DocumentFlow;
import org.jianfu.documents.internal.DocumentRepository;
import org.jianfu.documents.internal.DocumentState;
import org.jianfu.documents.internal.DraftForm;
import org.jianfu.documents.internal.TransitionLog;
import org.jianfu.documents.internal.gate.GateResult;
import org.jianfu.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 公文 over JSON: drafts, the flow's steps, the gate, the history. */
@RestController
@RequestMapping("/api/v1/documents")
@PreAuthorize("isAuthenticated()")
class DocumentApiController {

    record Details(Document document, List<TransitionLog.Entry> history) {
    }

    /** The opinion or reason; for pass-review also the peer units to countersign (会签) and whether in order. */
    record Step(String comment, List<Long> countersignUnitIds, Boolean inOrder) {
    }

    private final DocumentFlow flow;
    private final DocumentAccess access;
    private final DocumentRepository documents;
    private final TransitionLog log;

    DocumentApiController(DocumentFlow flow, DocumentAccess access, DocumentRepository documents, TransitionLog log) {
        this.flow = flow;
        this.access = access;
        this.documents = documents;
        this.log = log;
    }

    /** The documents of the caller's unit (all states), newest first. */
    @GetMapping
    List<DocumentRepository.Listed> ofMyUnit(Actor actor) {
        return documents.ofUnit(actor.unitId(), List.of(DocumentState.values()), 100);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> create(@RequestBody DraftForm form, Actor actor) {
        return Map.of("id", flow.create(actor, form));
    }

    @PutMapping("/{documentId}")
    Details update(@PathVariable long documentId, @RequestBody DraftForm form, Actor actor) {
        flow.update(actor, documentId, form);
        return details(documentId, actor);
    }

    @GetMapping("/{documentId}")
    Details details(@PathVariable long documentId, Actor actor) {
        return new Details(access.readable(actor, documentId), log.of(documentId));
    }

    /** The gate as last checked (查重's stored result for the saved text); nothing is written. */
    @GetMapping("/{documentId}/gate")
    GateResult gate(@PathVariable long documentId, Actor actor) {
        return flow.preview(actor, documentId);
    }

    /** Runs the gate again on the saved draft (查重 stores its result). */
    @PostMapping("/{documentId}/gate")
    GateResult recheck(@PathVariable long documentId, Actor actor) {
        return flow.recheck(actor, documentId);
    }

    /** 修改后重新印发 of a withdrawn document: the new draft (201), which then goes through the flow. */
    @PostMapping("/{documentId}/redraft")
    ResponseEntity<Details> redraft(@PathVariable long documentId, Actor actor) {
        long draft = flow.redraft(actor, documentId);
        return ResponseEntity.status(HttpStatus.CREATED).body(details(draft, actor));
    }

    /** submit, pass-review, countersign and sign (the opinion in comment, required), issue, return (comment required), recall. */
    @PostMapping("/{documentId}/{step:submit|pass-review|countersign|sign|issue|return|recall}")
    Details step(@PathVariable long documentId, @PathVariable String step, @RequestBody(required = false) Step body,
                 Actor actor) {
        String comment = body == null ? null : body.comment();
        FlowSteps.run(flow, actor, documentId, step, comment,
                body == null || body.countersignUnitIds() == null ? List.of() : body.countersignUnitIds(),
                body != null && Boolean.TRUE.equals(body.inOrder()));
        return details(documentId, actor);
    }
}
