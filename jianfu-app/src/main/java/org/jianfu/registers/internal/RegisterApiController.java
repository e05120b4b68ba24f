package org.jianfu.registers.internal;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.jianfu.platform.Actor;
import org.jianfu.registers.DutyCheck;
import org.jianfu.registers.RegisterCount;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registers and township duty lists over REST. */
@RestController
@RequestMapping("/api/v1/registers")
@PreAuthorize("isAuthenticated()")
class RegisterApiController {

    private final RegisterBook book;
    private final RegisterCounts counts;
    private final DutyList duties;

    RegisterApiController(RegisterBook book, RegisterCounts counts, DutyList duties) {
        this.book = book;
        this.counts = counts;
        this.duties = duties;
    }

    record Decision(boolean approve, String note) {
    }

    @PostMapping("/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    RegisterEntry request(@Valid @RequestBody EntryDraft draft, Actor actor) {
        return book.request(actor, draft);
    }

    @GetMapping("/entries/{entryId}")
    RegisterEntry entry(@PathVariable long entryId, Actor actor) {
        return book.readable(actor, entryId);
    }

    @PostMapping("/entries/{entryId}/decision")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    RegisterEntry decide(@PathVariable long entryId, @RequestBody Decision d, Actor actor) {
        return book.decide(actor, entryId, d.approve(), d.note());
    }

    /** The actor's own unit's counts, or for a 减负办 its whole subtree. */
    @GetMapping("/counts")
    List<RegisterCount> counts(@RequestParam int year, Actor actor) {
        return actor.role().name().equals("MONITOR") || actor.isAdmin()
                ? counts.countsBelow(actor.browseRootCode(), year)
                : counts.countsOf(actor.unitId(), year);
    }

    @GetMapping("/duties/{code}")
    List<DutyList.Duty> duties(@PathVariable String code, Actor actor) {
        return duties.duties(duties.township(actor, code).code());
    }

    /** Records a task assigned to the township and answers whether it is on its duty list. */
    @PostMapping("/duties/{code}/tasks")
    DutyCheck assign(@PathVariable String code, @RequestBody Map<String, String> body, Actor actor) {
        return duties.assign(actor, code, body.get("task"));
    }
}
