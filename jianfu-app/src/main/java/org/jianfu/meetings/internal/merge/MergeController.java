package org.jianfu.meetings.internal.merge;

import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Merge proposals with what they save, and accepting one. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK', 'LEADER')")
class MergeController {

    private final Merges merges;

    MergeController(Merges merges) {
        this.merges = merges;
    }

    @GetMapping("/meetings/merges")
    String proposals(Actor actor, Model model) {
        model.addAttribute("proposals", merges.proposals(actor));
        return "meetings/merges";
    }

    @PostMapping("/meetings/merges/{meetingId}/accept")
    String accept(@PathVariable long meetingId, @RequestParam(required = false) String videoRoom, Actor actor,
                  RedirectAttributes flash) {
        try {
            Merges.MergeOutcome outcome = merges.accept(actor, meetingId, videoRoom);
            flash.addFlashAttribute("ok", "已合并，取消下级会议 " + outcome.cancelledMeetingIds().size() + " 个");
            return "redirect:/meetings/" + meetingId;
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/meetings/merges";
        }
    }
}
