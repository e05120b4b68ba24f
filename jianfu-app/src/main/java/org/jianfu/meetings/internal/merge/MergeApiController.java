package org.jianfu.meetings.internal.merge;

import java.util.List;
import java.util.Map;
import org.jianfu.platform.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reach-down merge proposals and their acceptance over REST. */
@RestController
@RequestMapping("/api/v1/meeting-merges")
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK', 'LEADER')")
class MergeApiController {

    private final Merges merges;

    MergeApiController(Merges merges) {
        this.merges = merges;
    }

    @GetMapping
    List<MergeProposal> proposals(Actor actor) {
        return merges.proposals(actor);
    }

    /** Accepts the proposal whose video meeting is {@code meetingId}; body may give {@code videoRoom}. */
    @PostMapping("/{meetingId}/acceptance")
    Merges.MergeOutcome accept(@PathVariable long meetingId, @RequestBody(required = false) Map<String, String> body,
                               Actor actor) {
        return merges.accept(actor, meetingId, body == null ? null : body.get("videoRoom"));
    }
}
