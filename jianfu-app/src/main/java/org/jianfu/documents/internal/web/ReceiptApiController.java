package org.jianfu.documents.internal.web;

import java.util.List;
import java.util.Map;
import org.jianfu.documents.internal.inbox.Receipt;
import org.jianfu.documents.internal.inbox.Receipts;
import org.jianfu.platform.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 收文 over JSON: the inbox, 签收, 办理, 退文; the issuer's receipt list and reminders. */
@RestController
@RequestMapping("/api/v1/documents")
@PreAuthorize("isAuthenticated()")
class ReceiptApiController {

    record Note(String comment) {
    }

    private final Receipts receipts;

    ReceiptApiController(Receipts receipts) {
        this.receipts = receipts;
    }

    @GetMapping("/inbox")
    List<Receipt> inbox(Actor actor) {
        return receipts.inbox(actor);
    }

    record Batch(List<Long> documentIds) {
    }

    record BatchResult(int signed, int skipped) {
    }

    /** 批量签收: the documents of the list that wait in the unit's inbox are signed for; the rest are counted. */
    @PostMapping("/inbox/sign-for")
    BatchResult signForAll(@RequestBody Batch body, Actor actor) {
        int[] done = receipts.signForAll(actor, body.documentIds());
        return new BatchResult(done[0], done[1]);
    }

    @PostMapping("/{documentId}/sign-for")
    Map<String, String> signFor(@PathVariable long documentId, Actor actor) {
        receipts.signFor(actor, documentId);
        return Map.of("result", "已签收");
    }

    @PostMapping("/{documentId}/read")
    Map<String, String> read(@PathVariable long documentId, Actor actor) {
        receipts.read(actor, documentId);
        return Map.of("result", "已阅");
    }

    @PostMapping("/{documentId}/handled")
    Map<String, String> handled(@PathVariable long documentId, @RequestBody(required = false) Note note, Actor actor) {
        receipts.handled(actor, documentId, note == null ? null : note.comment());
        return Map.of("result", "已办结");
    }

    @PostMapping("/{documentId}/refuse")
    Map<String, String> refuse(@PathVariable long documentId, @RequestBody Note note, Actor actor) {
        receipts.refuse(actor, documentId, note.comment());
        return Map.of("result", "已退文");
    }

    @GetMapping("/{documentId}/receipts")
    List<Receipt> receipts(@PathVariable long documentId, Actor actor) {
        return receipts.ofDocument(actor, documentId);
    }

    @PostMapping("/{documentId}/remind")
    Map<String, Integer> remind(@PathVariable long documentId, Actor actor) {
        return Map.of("reminded", receipts.remind(actor, documentId));
    }
}
