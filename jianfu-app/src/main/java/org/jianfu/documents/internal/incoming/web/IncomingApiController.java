package org.jianfu.documents.internal.incoming.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jianfu.documents.internal.Beijing;
import org.jianfu.documents.internal.Urgency;
import org.jianfu.documents.internal.incoming.Incoming;
import org.jianfu.documents.internal.incoming.IncomingHandling;
import org.jianfu.documents.internal.incoming.IncomingRepository;
import org.jianfu.documents.internal.incoming.IncomingState;
import org.jianfu.documents.internal.incoming.IncomingStep;
import org.jianfu.documents.internal.incoming.IncomingTask;
import org.jianfu.documents.internal.incoming.PaperRegistration;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 收文办理 over JSON: the register, one record, paper registration and every step with its opinion. */
@RestController
@RequestMapping("/api/v1/incoming")
@PreAuthorize("hasAnyRole('CLERK', 'LEADER', 'CADRE')")
class IncomingApiController {

    record Listing(int year, List<Incoming> items, List<IncomingTask> myOpenTasks) {
    }

    record Details(Incoming item, List<IncomingStep> steps, List<IncomingTask> tasks) {
    }

    /** An opinion (拟办, 阅示, 办结 result …) and, for 拟办 and 转办, the person it goes to. */
    record StepBody(String opinion, Long leaderId, Long toAccountId) {
    }

    private final IncomingHandling handling;
    private final IncomingRepository incoming;
    private final Clock clock;

    IncomingApiController(IncomingHandling handling, IncomingRepository incoming, Clock clock) {
        this.handling = handling;
        this.incoming = incoming;
        this.clock = clock;
    }

    @GetMapping
    Listing list(@RequestParam(required = false) Integer year, @RequestParam(required = false) IncomingState state,
                 Actor actor) {
        int shown = year != null ? year : LocalDate.now(clock.withZone(Beijing.ZONE)).getYear();
        return new Listing(shown, incoming.ofUnit(actor.unitId(), shown, state, 500),
                incoming.openTasksOf(actor.accountId(), 100));
    }

    @GetMapping("/{id}")
    Details one(@PathVariable long id, Actor actor) {
        return new Details(handling.readable(actor, id), incoming.steps(id), incoming.tasks(id));
    }

    /** 登记 of a paper document: multipart with the fields and the scan (PDF, PNG or JPG). */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('CLERK')")
    ResponseEntity<Details> register(@RequestParam(required = false) String title,
                                     @RequestParam(required = false) String originalNumber,
                                     @RequestParam(required = false) String issuingOrgan,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                                     @RequestParam(defaultValue = "NORMAL") Urgency urgency,
                                     @RequestParam(name = "scan", required = false) MultipartFile scan, Actor actor)
            throws IOException {
        long id = handling.registerPaper(actor, new PaperRegistration(title, originalNumber, issuingOrgan, receivedOn, urgency),
                scan == null ? null : scan.getOriginalFilename(), scan == null ? null : scan.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(one(id, actor));
    }

    @PostMapping("/{id}/propose")
    Details propose(@PathVariable long id, @RequestBody StepBody body, Actor actor) {
        if (body.leaderId() == null) {
            throw new RuleViolationException("请选择批办领导（leaderId）");
        }
        handling.propose(actor, id, body.opinion(), body.leaderId());
        return one(id, actor);
    }

    @PostMapping("/{id}/instruct")
    Details instruct(@PathVariable long id, @RequestBody IncomingHandling.Instruction body, Actor actor) {
        handling.instruct(actor, id, body);
        return one(id, actor);
    }

    @PostMapping("/{id}/close")
    Details close(@PathVariable long id, @RequestBody StepBody body, Actor actor) {
        handling.close(actor, id, body.opinion());
        return one(id, actor);
    }

    @PostMapping("/{id}/tasks/{taskId}/{step:read|finish|transfer|remind}")
    Details task(@PathVariable long id, @PathVariable long taskId, @PathVariable String step,
                 @RequestBody(required = false) StepBody body, Actor actor) {
        String opinion = body == null ? null : body.opinion();
        switch (step) {
            case "read" -> handling.readAndInstruct(actor, taskId, opinion);
            case "finish" -> handling.finishUndertaking(actor, taskId, opinion);
            case "transfer" -> {
                if (body == null || body.toAccountId() == null) {
                    throw new RuleViolationException("请选择转办对象（toAccountId）");
                }
                handling.transfer(actor, taskId, body.toAccountId(), opinion);
            }
            default -> handling.remind(actor, taskId);
        }
        return one(id, actor);
    }
}
