package org.jianfu.documents.internal.web;

import org.jianfu.documents.internal.Document;
import org.jianfu.documents.internal.DocumentAccess;
import org.jianfu.documents.internal.DraftSheet;
import org.jianfu.documents.internal.TransitionLog;
import org.jianfu.platform.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** 发文稿纸 on screen (printable) and as JSON: 拟稿, 核稿, 会签, 签发 and 印发 with names, opinions and times. */
@Controller
@PreAuthorize("isAuthenticated()")
class DraftSheetController {

    private final DocumentAccess access;
    private final TransitionLog log;

    DraftSheetController(DocumentAccess access, TransitionLog log) {
        this.access = access;
        this.log = log;
    }

    @GetMapping("/documents/{documentId}/sheet")
    String page(@PathVariable long documentId, Actor actor, Model model) {
        Document d = access.forIssuingSide(actor, documentId);
        model.addAttribute("doc", d);
        model.addAttribute("issuer", access.issuer(d));
        model.addAttribute("sheet", DraftSheet.of(log.of(documentId)));
        return "documents/sheet";
    }

    record SheetJson(long documentId, String title, String documentNumber, DraftSheet sheet) {
    }

    @GetMapping("/api/v1/documents/{documentId}/sheet")
    @ResponseBody
    SheetJson json(@PathVariable long documentId, Actor actor) {
        Document d = access.forIssuingSide(actor, documentId);
        return new SheetJson(d.id(), d.title(), d.documentNumber(), DraftSheet.of(log.of(documentId)));
    }
}
