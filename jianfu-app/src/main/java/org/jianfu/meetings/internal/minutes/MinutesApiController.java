package org.jianfu.meetings.internal.minutes;

import java.net.URI;
import org.jianfu.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v1/meetings/{meetingId}/minutes: the meeting's 纪要 as a 公文 draft. 201 with the new
 * document's location the first time, 200 with the same document afterwards.
 */
@RestController
@PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
class MinutesApiController {

    record MinutesDocument(long documentId, boolean created, String document, String editPage) {
    }

    private final MinutesDocuments minutes;

    MinutesApiController(MinutesDocuments minutes) {
        this.minutes = minutes;
    }

    @PostMapping("/api/v1/meetings/{meetingId}/minutes")
    ResponseEntity<MinutesDocument> draft(@PathVariable long meetingId, Actor actor) {
        MinutesDocuments.Drafted d = minutes.draft(actor, meetingId);
        String document = "/api/v1/documents/" + d.documentId();
        MinutesDocument body = new MinutesDocument(d.documentId(), d.created(), document,
                "/documents/" + d.documentId() + "/edit");
        return d.created() ? ResponseEntity.created(URI.create(document)).body(body)
                : ResponseEntity.status(HttpStatus.OK).body(body);
    }
}
