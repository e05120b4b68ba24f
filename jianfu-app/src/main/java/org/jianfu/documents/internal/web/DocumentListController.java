package org.jianfu.documents.internal.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jianfu.documents.internal.DocumentRepository;
import org.jianfu.documents.internal.DocumentState;
import org.jianfu.documents.internal.inbox.Receipt;
import org.jianfu.documents.internal.inbox.Receipts;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 发文 (own unit's documents; for a 减负办 the subtree's issued ones) and 收文 (the unit's inbox). */
@Controller
@PreAuthorize("isAuthenticated()")
class DocumentListController {

    static final int INBOX_PAGE = 30;

    private final DocumentRepository documents;
    private final Receipts receipts;
    private final Organization organization;

    DocumentListController(DocumentRepository documents, Receipts receipts, Organization organization) {
        this.documents = documents;
        this.receipts = receipts;
        this.organization = organization;
    }

    @GetMapping("/documents")
    String list(@RequestParam(defaultValue = "open") String tab, Actor actor, Model model) {
        List<DocumentRepository.Listed> rows;
        if (actor.role() == Role.MONITOR || actor.isAdmin()) {
            rows = documents.issuedBelow(actor.isAdmin() ? actor.browseRoot() : actor.divisionPath(), 100);
            tab = "monitor";
        } else {
            List<DocumentState> states = tab.equals("issued") ? List.of(DocumentState.ISSUED, DocumentState.WITHDRAWN)
                    : List.of(DocumentState.DRAFT, DocumentState.REVIEW, DocumentState.COUNTERSIGN, DocumentState.SIGNING, DocumentState.SIGNED);
            rows = documents.ofUnit(actor.unitId(), states, 100);
        }
        Map<Long, String> units = organization.units(rows.stream().map(DocumentRepository.Listed::issuingUnitId)
                .distinct().toList()).stream().collect(Collectors.toMap(Unit::id, Unit::shortName));
        model.addAttribute("rows", rows);
        model.addAttribute("units", units);
        model.addAttribute("tab", tab);
        return "documents/list";
    }

    /** 收文, {@value #INBOX_PAGE} rows at a time: a phone shows the waiting ones first, older ones on request. */
    @GetMapping("/documents/inbox")
    String inbox(@RequestParam(defaultValue = "" + INBOX_PAGE) int show, Actor actor, Model model) {
        int shown = Math.clamp(show, INBOX_PAGE, 1_000);
        List<Receipt> items = receipts.inbox(actor, shown + 1);
        model.addAttribute("items", items.subList(0, Math.min(shown, items.size())));
        model.addAttribute("more", items.size() > shown ? shown + INBOX_PAGE : null);
        model.addAttribute("waiting", receipts.waitingCount(actor));
        return "documents/inbox";
    }

    /** 批量签收 of the ticked documents (the phone's inbox: tick, or 全选待签收, then one tap). */
    @PostMapping("/documents/inbox/sign-for")
    String signForAll(@RequestParam(required = false) List<Long> documentIds, Actor actor,
                      org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        try {
            int[] done = receipts.signForAll(actor, documentIds);
            flash.addFlashAttribute("ok", "已签收 " + done[0] + " 件" + (done[1] > 0 ? "，" + done[1] + " 件无需签收" : ""));
        } catch (org.jianfu.platform.RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/documents/inbox";
    }

    /** htmx: 签收 in one tap from the inbox; answers with the updated row. */
    @PostMapping("/documents/inbox/{documentId}/sign-for")
    String signFor(@PathVariable long documentId, Actor actor, Model model) {
        receipts.signFor(actor, documentId);
        // the row fragment iterates over "items": render just this one
        model.addAttribute("items", receipts.receipt(actor, documentId).stream().toList());
        return "documents/inbox :: row";
    }
}
