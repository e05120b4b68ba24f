package org.jianfu.meetings.internal.absence;

import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 请假 / 替会 from the meeting page and over JSON. */
@Controller
@PreAuthorize("hasAnyRole('CLERK', 'LEADER', 'CADRE')")
class AbsenceController {

    record Request(Absence.Kind kind, String reason, String substitute) {
    }

    record Decision(boolean approve, String note) {
    }

    private final MeetingAbsences absences;

    AbsenceController(MeetingAbsences absences) {
        this.absences = absences;
    }

    @PostMapping("/meetings/{meetingId}/absence")
    String request(@PathVariable long meetingId, @RequestParam(required = false) Absence.Kind kind,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) String substitute,
                   Actor actor, RedirectAttributes flash) {
        return done(meetingId, flash, "已提交主办单位", () -> absences.request(actor, meetingId, kind, reason, substitute));
    }

    @PostMapping("/meetings/{meetingId}/absences/{unitId}/decision")
    String decide(@PathVariable long meetingId, @PathVariable long unitId, @RequestParam boolean approve,
                  @RequestParam(required = false) String note, Actor actor, RedirectAttributes flash) {
        return done(meetingId, flash, approve ? "已批准" : "已退回申请",
                () -> absences.decide(actor, meetingId, unitId, approve, note));
    }

    @PostMapping("/api/v1/meetings/{meetingId}/absence")
    @ResponseBody
    ResponseEntity<Absence> requestJson(@PathVariable long meetingId, @RequestBody Request body, Actor actor) {
        absences.request(actor, meetingId, body.kind(), body.reason(), body.substitute());
        return ResponseEntity.status(HttpStatus.CREATED).body(absences.of(meetingId, actor.unitId()).orElseThrow());
    }

    @PostMapping("/api/v1/meetings/{meetingId}/absences/{unitId}/decision")
    @ResponseBody
    Absence decideJson(@PathVariable long meetingId, @PathVariable long unitId, @RequestBody Decision body, Actor actor) {
        absences.decide(actor, meetingId, unitId, body.approve(), body.note());
        return absences.of(meetingId, unitId).orElseThrow();
    }

    private static String done(long meetingId, RedirectAttributes flash, String ok, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("ok", ok);
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/meetings/" + meetingId;
    }
}
