package org.jianfu.indicators.internal.requests;

import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changes to a request from its page: fields, reuse, submit, approvals, the one reminder. Each
 * answers with a redirect back to the request (a rule broken shows as a message there).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK', 'LEADER')")
class RequestEditController {

    private final RequestFlow flow;
    private final Approvals approvals;

    RequestEditController(RequestFlow flow, Approvals approvals) {
        this.flow = flow;
        this.approvals = approvals;
    }

    @PostMapping("/indicators/requests/{requestId}/fields")
    String addField(@PathVariable long requestId, @ModelAttribute NewField field, Actor actor, RedirectAttributes flash) {
        return back(requestId, flash, () -> flow.addField(actor, requestId, field), "已添加字段「" + field.name() + "」");
    }

    @PostMapping("/indicators/requests/{requestId}/fields/{fieldId}/remove")
    String removeField(@PathVariable long requestId, @PathVariable long fieldId, Actor actor, RedirectAttributes flash) {
        return back(requestId, flash, () -> flow.removeField(actor, requestId, fieldId), "已删除字段");
    }

    @PostMapping("/indicators/requests/{requestId}/fields/{fieldId}/reuse")
    String reuse(@PathVariable long requestId, @PathVariable long fieldId, @RequestParam String matchKey, Actor actor,
                 RedirectAttributes flash) {
        return back(requestId, flash, () -> flow.reuse(actor, requestId, fieldId, matchKey), "已改为共享复用，不再向基层索要");
    }

    /** 可能相同: the requester says whether the two fields are one datum (and if not, why not). */
    @PostMapping("/indicators/requests/{requestId}/fields/{fieldId}/confirmation")
    String answer(@PathVariable long requestId, @PathVariable long fieldId, @RequestParam String matchKey,
                  @RequestParam boolean same, @RequestParam(required = false) String reason, Actor actor,
                  RedirectAttributes flash) {
        return back(requestId, flash, () -> flow.answer(actor, requestId, fieldId, matchKey, same, reason),
                same ? "已确认是同一指标，改为共享复用，不再向基层索要" : "已记录：不是同一指标");
    }

    @PostMapping("/indicators/requests/{requestId}/fields/{fieldId}/ask")
    String ask(@PathVariable long requestId, @PathVariable long fieldId, Actor actor, RedirectAttributes flash) {
        return back(requestId, flash, () -> flow.ask(actor, requestId, fieldId), "该字段将向基层填报");
    }

    @PostMapping("/indicators/requests/{requestId}/submit")
    String submit(@PathVariable long requestId, @RequestParam(required = false) String explanation, Actor actor,
                  RedirectAttributes flash) {
        return back(requestId, flash, () -> flow.submit(actor, requestId, explanation), "已提交");
    }

    @PostMapping("/indicators/requests/{requestId}/approve")
    String approve(@PathVariable long requestId, Actor actor, RedirectAttributes flash) {
        return back(requestId, flash, () -> approvals.approve(actor, requestId), "已审批");
    }

    @PostMapping("/indicators/requests/{requestId}/decision")
    String decide(@PathVariable long requestId, @RequestParam String decision, @RequestParam(required = false) String note,
                  Actor actor, RedirectAttributes flash) {
        return back(requestId, flash, () -> {
            if ("approve".equals(decision)) {
                approvals.approveExplanation(actor, requestId);
            } else {
                approvals.sendBack(actor, requestId, note);
            }
        }, "approve".equals(decision) ? "已同意说明，任务已下发" : "已退回");
    }

    @PostMapping("/indicators/requests/{requestId}/remind")
    String remind(@PathVariable long requestId, Actor actor, RedirectAttributes flash) {
        return back(requestId, flash, () -> approvals.remind(actor, requestId), "已提醒未填报的单位（每个任务仅一次）");
    }

    private static String back(long requestId, RedirectAttributes flash, Runnable action, String done) {
        try {
            action.run();
            flash.addFlashAttribute("notice", done);
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/indicators/requests/" + requestId;
    }
}
