package org.jianfu.reuse.internal;

import java.io.IOException;
import java.time.LocalDate;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 参照文件库 pages: browse and search, one document, add (typed or a file), withdraw with a reason. */
@Controller
class ReferencePageController {

    private final ReferenceLibrary library;
    private final CorpusSync sync;
    private final java.time.Clock clock;

    ReferencePageController(ReferenceLibrary library, CorpusSync sync, java.time.Clock clock) {
        this.library = library;
        this.sync = sync;
        this.clock = clock;
    }

    @GetMapping("/reuse/references")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK', 'LEADER', 'CADRE')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) ReferenceLevel level,
                @RequestParam(defaultValue = "false") boolean withdrawn, Actor actor, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("level", level);
        model.addAttribute("withdrawn", withdrawn);
        model.addAttribute("levels", ReferenceLevel.values());
        model.addAttribute("items", library.list(actor, q, level, withdrawn));
        model.addAttribute("canManage", library.mayManage(actor));
        return "reuse/references";
    }

    @GetMapping("/reuse/references/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK')")
    String form(Actor actor, Model model) {
        requireManager(actor);
        return form(model, null, new ReferenceLibrary.Entry(null, null, null, null, null, null, true));
    }

    @PostMapping("/reuse/references")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK')")
    String add(@RequestParam(required = false) String title, @RequestParam(required = false) String documentNumber,
               @RequestParam(required = false) String issuingOrgan, @RequestParam(required = false) ReferenceLevel level,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
               @RequestParam(required = false) String text, @RequestParam(defaultValue = "false") boolean shareWithArea,
               @RequestParam(name = "file", required = false) MultipartFile file, Actor actor, Model model,
               RedirectAttributes flash) throws IOException {
        var entry = new ReferenceLibrary.Entry(title, documentNumber, issuingOrgan, level, issuedOn, text, shareWithArea);
        boolean withFile = file != null && !file.isEmpty();
        try {
            long id = library.add(actor, entry, withFile ? file.getOriginalFilename() : null, withFile ? file.getBytes() : null);
            flash.addFlashAttribute("ok", "已入库，并已加入查重比对范围");
            return "redirect:/reuse/references/" + id;
        } catch (RuleViolationException e) {
            return form(model, e.getMessage(), entry);
        }
    }

    @GetMapping("/reuse/references/{referenceId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK', 'LEADER', 'CADRE')")
    String one(@PathVariable long referenceId, Actor actor, Model model) {
        ReferenceDocument d = library.readable(actor, referenceId);
        model.addAttribute("doc", d);
        model.addAttribute("inCorpus", sync.isReferenceIndexed(d.id()));
        model.addAttribute("canWithdraw", !d.withdrawn() && library.mayManage(actor)
                && actor.mayReadUnit(d.ownerUnitId(), d.ownerPath()));
        return "reuse/reference";
    }

    @PostMapping("/reuse/references/{referenceId}/withdraw")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK')")
    String withdraw(@PathVariable long referenceId, @RequestParam(required = false) String reason, Actor actor,
                    RedirectAttributes flash) {
        try {
            library.withdraw(actor, referenceId, reason);
            flash.addFlashAttribute("ok", "已撤出参照文件库，不再参与查重");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reuse/references/" + referenceId;
    }

    private String form(Model model, String error, ReferenceLibrary.Entry entry) {
        model.addAttribute("error", error);
        model.addAttribute("entry", new Form(entry.title(), entry.documentNumber(), entry.issuingOrgan(),
                entry.level() == null ? "" : entry.level().name(), entry.issuedOn(), entry.text(), entry.shareWithArea()));
        model.addAttribute("levels", ReferenceLevel.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "reuse/reference-new";
    }

    private void requireManager(Actor actor) {
        if (!library.mayManage(actor)) {
            throw new AccessDeniedException("参照文件库由办公厅（室）和减负办维护");
        }
    }

    /** The form's values, kept when it comes back with an error; public for the page. */
    public record Form(String title, String documentNumber, String issuingOrgan, String level, LocalDate issuedOn,
                       String text, boolean shareWithArea) {
    }
}
