package org.jianfu.documents.internal.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianfu.documents.internal.ConsistencyReview;
import org.jianfu.documents.internal.Document;
import org.jianfu.documents.internal.DocumentAccess;
import org.jianfu.documents.internal.DocumentFlow;
import org.jianfu.documents.internal.DocumentKind;
import org.jianfu.documents.internal.DraftForm;
import org.jianfu.documents.internal.HeaderStyle;
import org.jianfu.documents.internal.Urgency;
import org.jianfu.documents.internal.attachments.Attachments;
import org.jianfu.documents.internal.gate.LengthLimits;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.platform.text.CharacterCount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The drafting form (new and edit), the gate panel on demand, uploads of a draft file and attachments. */
@Controller
@PreAuthorize("hasRole('CLERK')")
class DraftController {

    static final String VIEW = "documents/form";

    private final DocumentFlow flow;
    private final DocumentAccess access;
    private final Addressees addressees;
    private final Attachments attachments;
    private final Organization organization;
    private final LengthLimits lengthLimits;

    DraftController(DocumentFlow flow, DocumentAccess access, Addressees addressees, Attachments attachments,
                    Organization organization,
                    LengthLimits lengthLimits) {
        this.lengthLimits = lengthLimits;
        this.flow = flow;
        this.access = access;
        this.addressees = addressees;
        this.attachments = attachments;
        this.organization = organization;
    }

    @InitBinder
    void guard(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/documents/new")
    String create(Actor actor, Model model) {
        return form(actor, null, new DraftForm(), model);
    }

    @PostMapping("/documents/new")
    String create(@ModelAttribute("form") DraftForm form, Actor actor, Model model) {
        try {
            return "redirect:/documents/" + flow.create(actor, form) + "/edit?saved";
        } catch (RuleViolationException e) {
            model.addAttribute("error", e.getMessage());
            return form(actor, null, form, model);
        }
    }

    @GetMapping("/documents/{documentId}/edit")
    String edit(@PathVariable long documentId, Actor actor, Model model) {
        Document d = access.forIssuer(actor, documentId, Set.of(Role.CLERK));
        if (!d.editable()) {
            return "redirect:/documents/" + documentId;
        }
        model.addAttribute("gate", flow.preview(actor, documentId));
        model.addAttribute("attachments", attachments.of(documentId));
        return form(actor, d, DraftForm.of(d), model);
    }

    @PostMapping("/documents/{documentId}/edit")
    String update(@PathVariable long documentId, @ModelAttribute("form") DraftForm form, Actor actor, Model model) {
        try {
            flow.update(actor, documentId, form);
            return "redirect:/documents/" + documentId + "/edit?saved";
        } catch (RuleViolationException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("attachments", attachments.of(documentId));
            return form(actor, access.forIssuer(actor, documentId, Set.of(Role.CLERK)), form, model);
        }
    }

    /** htmx: the gate panel for the saved draft, as last checked. */
    @GetMapping("/documents/{documentId}/gate")
    String gate(@PathVariable long documentId, Actor actor, Model model) {
        model.addAttribute("doc", access.forIssuer(actor, documentId, Set.of(Role.CLERK, Role.LEADER)));
        model.addAttribute("gate", flow.preview(actor, documentId));
        return "documents/gate :: panel";
    }

    /** htmx: 重新检查, the gate run again on the saved draft (a POST: 查重 stores its result). */
    @PostMapping("/documents/{documentId}/gate")
    String recheck(@PathVariable long documentId, Actor actor, Model model) {
        model.addAttribute("doc", access.forIssuer(actor, documentId, Set.of(Role.CLERK, Role.LEADER)));
        model.addAttribute("gate", flow.recheck(actor, documentId));
        return "documents/gate :: panel";
    }

    /** A .docx/.pdf/.txt draft replaces the body; any other file becomes an attachment. */
    @PostMapping("/documents/{documentId}/files")
    String upload(@PathVariable long documentId, @RequestParam("file") MultipartFile file,
                  @RequestParam(defaultValue = "attachment") String use, Actor actor, RedirectAttributes flash)
            throws IOException {
        try {
            if (use.equals("draft")) {
                flash.addFlashAttribute("ok", "已读取文稿，正文 " + attachments.useDraft(actor, documentId,
                        file.getOriginalFilename(), file.getBytes()) + " 字");
            } else {
                attachments.add(actor, documentId, file.getOriginalFilename(), file.getBytes());
                flash.addFlashAttribute("ok", "已添加附件");
            }
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/documents/" + documentId + "/edit";
    }

    private String form(Actor actor, Document d, DraftForm form, Model model) {
        Unit issuer = organization.unit(actor.unitId()).orElseThrow();
        model.addAttribute("doc", d);
        model.addAttribute("form", form);
        model.addAttribute("length", CharacterCount.of(form.getBody()));
        model.addAttribute("limits", lengthLimits);
        model.addAttribute("issuer", issuer);
        Map<String, List<Unit>> groups = addressees.groups(issuer);
        model.addAttribute("groups", groups);
        // 全选 by sort within each group; each checkbox carries its sort for the button to find it
        model.addAttribute("choices", groups.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> Addressees.choices(e.getValue()), (a, b) -> a, java.util.LinkedHashMap::new)));
        model.addAttribute("selectKeys", groups.values().stream().flatMap(List::stream).collect(
                java.util.stream.Collectors.toMap(Unit::id, Addressees::selectKey, (a, b) -> a)));
        model.addAttribute("sameLevel", addressees.sameLevel(issuer));
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("styles", HeaderStyle.values());
        model.addAttribute("questions", ConsistencyReview.QUESTIONS);
        return VIEW;
    }
}
