package org.jianfu.documents.internal.incoming.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jianfu.documents.internal.Beijing;
import org.jianfu.documents.internal.Opinions;
import org.jianfu.documents.internal.Urgency;
import org.jianfu.documents.internal.incoming.Incoming;
import org.jianfu.documents.internal.incoming.IncomingHandling;
import org.jianfu.documents.internal.incoming.IncomingRepository;
import org.jianfu.documents.internal.incoming.IncomingState;
import org.jianfu.documents.internal.incoming.PaperRegistration;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.platform.web.DownloadNames;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 收文办理 pages: 待我办理 and the 收文登记, paper registration, one record with its steps, the 收文处理笺. */
@Controller
@PreAuthorize("hasAnyRole('CLERK', 'LEADER', 'CADRE')")
class IncomingPageController {

    private final IncomingHandling handling;
    private final IncomingRepository incoming;
    private final Clock clock;

    IncomingPageController(IncomingHandling handling, IncomingRepository incoming, Clock clock) {
        this.handling = handling;
        this.incoming = incoming;
        this.clock = clock;
    }

    @GetMapping("/incoming")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) IncomingState state,
                Actor actor, Model model) {
        int shown = year != null ? year : today().getYear();
        model.addAttribute("year", shown);
        model.addAttribute("state", state);
        model.addAttribute("states", IncomingState.values());
        model.addAttribute("mine", incoming.openTasksOf(actor.accountId(), 50).stream()
                .map(t -> new MyTask(t, incoming.find(t.incomingId()).orElseThrow())).toList());
        model.addAttribute("items", incoming.ofUnit(actor.unitId(), shown, state, 200));
        model.addAttribute("today", today());
        return "incoming/list";
    }

    /** One of my open tasks with the document it is about, for 待我办理. */
    record MyTask(org.jianfu.documents.internal.incoming.IncomingTask task, Incoming item) {
    }

    @GetMapping("/incoming/new")
    @PreAuthorize("hasRole('CLERK')")
    String form(Model model) {
        model.addAttribute("today", today());
        model.addAttribute("urgencies", Urgency.values());
        return "incoming/new";
    }

    @PostMapping("/incoming/new")
    @PreAuthorize("hasRole('CLERK')")
    String register(@RequestParam(required = false) String title, @RequestParam(required = false) String originalNumber,
                    @RequestParam(required = false) String issuingOrgan,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                    @RequestParam(defaultValue = "NORMAL") Urgency urgency,
                    @RequestParam(name = "scan", required = false) MultipartFile scan, Actor actor, Model model,
                    RedirectAttributes flash) throws IOException {
        try {
            long id = handling.registerPaper(actor, new PaperRegistration(title, originalNumber, issuingOrgan, receivedOn,
                    urgency), scan == null ? null : scan.getOriginalFilename(), scan == null ? null : scan.getBytes());
            flash.addFlashAttribute("ok", "已登记，请拟办");
            return "redirect:/incoming/" + id;
        } catch (RuleViolationException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("today", today());
            model.addAttribute("urgencies", Urgency.values());
            model.addAttribute("title", title);
            model.addAttribute("originalNumber", originalNumber);
            model.addAttribute("issuingOrgan", issuingOrgan);
            return "incoming/new";
        }
    }

    @GetMapping("/incoming/{id}")
    String detail(@PathVariable long id, Actor actor, Model model) {
        Incoming i = handling.readable(actor, id);
        model.addAttribute("item", i);
        model.addAttribute("steps", incoming.steps(id));
        model.addAttribute("tasks", incoming.tasks(id));
        model.addAttribute("people", handling.colleaguesOf(actor));
        model.addAttribute("phrases", Opinions.COMMON);
        model.addAttribute("today", today());
        model.addAttribute("can", IncomingChoices.of(actor, i, incoming.tasks(id)));
        return "incoming/detail";
    }

    @GetMapping("/incoming/{id}/sheet")
    String sheet(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("item", handling.readable(actor, id));
        model.addAttribute("sheet", org.jianfu.documents.internal.incoming.HandlingSheet.of(incoming.steps(id)));
        model.addAttribute("tasks", incoming.tasks(id));
        return "incoming/sheet";
    }

    @GetMapping("/incoming/{id}/scan")
    ResponseEntity<byte[]> scan(@PathVariable long id, Actor actor) {
        IncomingRepository.Scan s = handling.scan(actor, id);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, s.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.header(true, s.name())).body(s.content());
    }

    @PostMapping("/incoming/{id}/propose")
    String propose(@PathVariable long id, @RequestParam(required = false) String comment,
                   @RequestParam(required = false) String phrase, @RequestParam(required = false) Long leaderId,
                   Actor actor, RedirectAttributes flash) {
        return done(id, flash, "已拟办，送领导批办", () -> {
            if (leaderId == null) {
                throw new RuleViolationException("请选择批办领导");
            }
            handling.propose(actor, id, Opinions.chosen(comment, phrase), leaderId);
        });
    }

    @PostMapping("/incoming/{id}/instruct")
    String instruct(@PathVariable long id, @RequestParam(required = false) String comment,
                    @RequestParam(required = false) String phrase,
                    @RequestParam(required = false) List<Long> readers, @RequestParam(defaultValue = "false") boolean inOrder,
                    @RequestParam(required = false) List<Long> undertakers, @RequestParam(required = false) Integer workingDays,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                    Actor actor, RedirectAttributes flash) {
        return done(id, flash, "已批办", () -> handling.instruct(actor, id, new IncomingHandling.Instruction(
                Opinions.chosen(comment, phrase), readers, inOrder, undertakers, workingDays, dueOn)));
    }

    @PostMapping("/incoming/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String comment, Actor actor,
                 RedirectAttributes flash) {
        return done(id, flash, "已办结", () -> handling.close(actor, id, comment));
    }

    @PostMapping("/incoming/{id}/tasks/{taskId}/{step:read|finish|transfer|remind}")
    String task(@PathVariable long id, @PathVariable long taskId, @PathVariable String step,
                @RequestParam(required = false) String comment, @RequestParam(required = false) String phrase,
                @RequestParam(required = false) Long toAccountId, Actor actor, RedirectAttributes flash) {
        String opinion = Opinions.chosen(comment, phrase);
        return done(id, flash, "已完成", () -> {
            switch (step) {
                case "read" -> handling.readAndInstruct(actor, taskId, opinion);
                case "finish" -> handling.finishUndertaking(actor, taskId, opinion);
                case "transfer" -> {
                    if (toAccountId == null) {
                        throw new RuleViolationException("请选择转办对象");
                    }
                    handling.transfer(actor, taskId, toAccountId, opinion);
                }
                default -> handling.remind(actor, taskId);
            }
        });
    }

    private static String done(long id, RedirectAttributes flash, String ok, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("ok", ok);
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/incoming/" + id;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Beijing.ZONE));
    }
}
