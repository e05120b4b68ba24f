package org.jianfu.meetings.internal.minutes;

import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 起草会议纪要 on the meeting page: opens the 公文 draft (new or the existing one) for editing. */
@Controller
@PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
class MinutesController {

    private final MinutesDocuments minutes;

    MinutesController(MinutesDocuments minutes) {
        this.minutes = minutes;
    }

    @PostMapping("/meetings/{meetingId}/minutes-document")
    String draft(@PathVariable long meetingId, Actor actor, RedirectAttributes flash) {
        try {
            long documentId = minutes.draft(actor, meetingId).documentId();
            // the edit page is the clerk's; a leader reads the document (it redirects there anyway once submitted)
            return "redirect:/documents/" + documentId + (actor.role() == Role.CLERK ? "/edit" : "");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/meetings/" + meetingId;
        }
    }
}
