package org.jianfu.documents.internal.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jianfu.documents.internal.Countersigns;
import org.jianfu.documents.internal.Document;
import org.jianfu.documents.internal.DocumentAccess;
import org.jianfu.documents.internal.DocumentFlow;
import org.jianfu.documents.internal.DocumentState;
import org.jianfu.documents.internal.Opinions;
import org.jianfu.documents.internal.TransitionLog;
import org.jianfu.documents.internal.attachments.Attachments;
import org.jianfu.documents.internal.gate.ExplanationRepository;
import org.jianfu.documents.internal.inbox.Receipt;
import org.jianfu.documents.internal.inbox.Receipts;
import org.jianfu.documents.internal.inbox.ReceiptRepository;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The document page: facts, text, gate, receipts, history, and the one main action at the bottom. */
@Controller
@PreAuthorize("isAuthenticated()")
class DocumentPageController {

    static final String VIEW = "documents/detail";

    private final DocumentAccess access;
    private final DocumentFlow flow;
    private final Receipts receipts;
    private final ReceiptRepository receiptRows;
    private final TransitionLog log;
    private final ExplanationRepository explanations;
    private final Attachments attachments;
    private final Organization organization;
    private final Countersigns countersigns;

    DocumentPageController(DocumentAccess access, DocumentFlow flow, Receipts receipts, ReceiptRepository receiptRows,
                           TransitionLog log, ExplanationRepository explanations, Attachments attachments,
                           Organization organization, Countersigns countersigns) {
        this.countersigns = countersigns;
        this.access = access;
        this.flow = flow;
        this.receipts = receipts;
        this.receiptRows = receiptRows;
        this.log = log;
        this.explanations = explanations;
        this.attachments = attachments;
        this.organization = organization;
    }

    @GetMapping("/documents/{documentId}")
    String detail(@PathVariable long documentId, Actor actor, Model model) {
        Document d = access.readable(actor, documentId);
        // a withdrawn document still shows the unit's own line: 已收回, not 待签收
        Receipt own = receiptRows.find(documentId, actor.unitId())
                .filter(r -> d.state() == DocumentState.ISSUED || d.state() == DocumentState.WITHDRAWN).orElse(null);
        List<Receipt> all = receipts.ofDocument(actor, documentId);
        boolean issuerSide = DocumentAccess.isIssuer(actor, d);
        model.addAttribute("doc", d);
        Map<Long, String> names = unitNames(d);
        model.addAttribute("mainNames", joined(d.mainRecipientIds(), names));
        model.addAttribute("copyNames", joined(d.copyRecipientIds(), names));
        model.addAttribute("coIssuerNames", joined(d.coIssuerIds(), names));
        model.addAttribute("issuer", access.issuer(d));
        model.addAttribute("issuerSide", issuerSide || actor.isAdmin());
        model.addAttribute("own", own);
        model.addAttribute("receipts", all);
        model.addAttribute("signedCount", all.stream().filter(r -> r.signedAt() != null).count());
        model.addAttribute("history", log.of(documentId));
        model.addAttribute("attachments", attachments.of(documentId));
        model.addAttribute("explanations", explanations.ofDocument(documentId));
        model.addAttribute("gate", issuerSide && d.state() != DocumentState.ISSUED && d.state() != DocumentState.WITHDRAWN
                ? flow.preview(actor, documentId) : null);
        boolean mayReview = d.state() == DocumentState.REVIEW && flow.mayReview(actor, d);
        model.addAttribute("actions", Actions.of(actor, d, own, all.stream().anyMatch(r -> r.signedAt() != null),
                all.stream().anyMatch(Receipt::waiting), flow.mayReview(actor, d), flow.maySign(actor, d),
                flow.mayCountersign(actor, d)));
        model.addAttribute("countersigns", countersigns.of(documentId));
        // 核稿 may send the draft to peer units of the same level for 会签 (co-issuers countersign anyway)
        model.addAttribute("peerUnits", mayReview ? organization.unitsOf(access.issuer(d).divisionCode()).stream()
                .filter(u -> u.id() != d.issuingUnitId() && !d.coIssuerIds().contains(u.id())).toList() : List.of());
        model.addAttribute("phrases", Opinions.COMMON);
        return VIEW;
    }

    /** Every step of both flows from the page; a refusal comes back as a message on the page. */
    @PostMapping("/documents/{documentId}/{step:submit|pass-review|countersign|sign|issue|return|recall|sign-for|read|handled|refuse|remind}")
    String step(@PathVariable long documentId, @PathVariable String step,
                @RequestParam(required = false) String comment, @RequestParam(required = false) String phrase,
                @RequestParam(required = false) List<Long> countersignUnitIds,
                @RequestParam(defaultValue = "false") boolean inOrder, Actor actor, RedirectAttributes flash) {
        comment = Opinions.chosen(comment, phrase);
        try {
            switch (step) {
                case "sign-for" -> receipts.signFor(actor, documentId);
                case "read" -> receipts.read(actor, documentId);
                case "handled" -> receipts.handled(actor, documentId, comment);
                case "refuse" -> receipts.refuse(actor, documentId, comment);
                case "remind" -> flash.addFlashAttribute("ok", "已提醒 " + receipts.remind(actor, documentId) + " 个单位");
                default -> FlowSteps.run(flow, actor, documentId, step, comment,
                        countersignUnitIds == null ? List.of() : countersignUnitIds, inOrder);
            }
            if (!flash.getFlashAttributes().containsKey("ok")) {
                flash.addFlashAttribute("ok", "已完成");
            }
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/documents/" + documentId;
    }

    /**
     * Names joined here, not in the template: the former {@code #root.units[#this]} projection never reached
     * the model map (Thymeleaf's SpEL root is not the model inside a projection) and printed "null".
     */
    private static String joined(List<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "（单位已撤销）")).collect(Collectors.joining("、"));
    }

    /** 修改后重新印发: a withdrawn document's text comes back as a new draft, opened for editing. */
    @PostMapping("/documents/{documentId}/redraft")
    String redraft(@PathVariable long documentId, Actor actor, RedirectAttributes flash) {
        try {
            long draft = flow.redraft(actor, documentId);
            flash.addFlashAttribute("ok", "已生成新稿，修改后按流程核稿、签发、印发");
            return "redirect:/documents/" + draft + "/edit";
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/documents/" + documentId;
        }
    }

    private Map<Long, String> unitNames(Document d) {
        List<Long> ids = new java.util.ArrayList<>(d.allRecipientIds());
        ids.addAll(d.coIssuerIds());
        return organization.units(ids).stream().collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a));
    }
}
