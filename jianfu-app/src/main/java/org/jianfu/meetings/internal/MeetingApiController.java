package org.jianfu.meetings.internal;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.jianfu.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Meetings over REST: plan, read, confirm, sign in, close, minutes, cancel. */
@RestController
@RequestMapping("/api/v1/meetings")
@PreAuthorize("isAuthenticated()")
class MeetingApiController {

    private final MeetingDesk desk;
    private final MeetingRepository meetings;

    MeetingApiController(MeetingDesk desk, MeetingRepository meetings) {
        this.desk = desk;
        this.meetings = meetings;
    }

    record MeetingDetail(Meeting meeting, List<Invitation> invitations) {
    }

    @GetMapping
    List<Meeting> mine(Actor actor) {
        return meetings.ofUnit(actor.unitId(), 200);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    Meeting plan(@Valid @RequestBody MeetingDraft draft, Actor actor) {
        return desk.plan(actor, draft);
    }

    @GetMapping("/{meetingId}")
    MeetingDetail meeting(@PathVariable long meetingId, Actor actor) {
        Meeting m = desk.readable(actor, meetingId);
        return new MeetingDetail(m, meetings.invitations(m.id()));
    }

    @PostMapping("/{meetingId}/confirmation")
    MeetingDetail confirm(@PathVariable long meetingId, Actor actor) {
        desk.confirm(actor, meetingId);
        return meeting(meetingId, actor);
    }

    @PostMapping("/{meetingId}/sign-in")
    MeetingDetail signIn(@PathVariable long meetingId, Actor actor) {
        desk.signIn(actor, meetingId);
        return meeting(meetingId, actor);
    }

    @PostMapping("/{meetingId}/held")
    Meeting held(@PathVariable long meetingId, Actor actor) {
        return desk.markHeld(actor, meetingId);
    }

    @PutMapping("/{meetingId}/minutes")
    MeetingDetail minutes(@PathVariable long meetingId, @RequestBody Map<String, String> body, Actor actor) {
        desk.saveMinutes(actor, meetingId, body.get("minutes"));
        return meeting(meetingId, actor);
    }

    @PostMapping("/{meetingId}/cancellation")
    MeetingDetail cancel(@PathVariable long meetingId, Actor actor) {
        desk.cancel(actor, meetingId);
        return meeting(meetingId, actor);
    }
}
