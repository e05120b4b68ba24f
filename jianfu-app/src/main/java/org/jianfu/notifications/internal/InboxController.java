package org.jianfu.notifications.internal;

import org.jianfu.platform.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 消息: the inbox page (opening it marks what it shows as read), the top-bar count, the digest choice. */
@Controller
@PreAuthorize("isAuthenticated()")
class InboxController {

    private static final int INBOX_SIZE = 100;
    private final Reminders reminders;

    InboxController(Reminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/notifications")
    String inbox(Actor actor, Model model) {
        model.addAttribute("reminders", reminders.inbox(actor.accountId(), INBOX_SIZE));
        model.addAttribute("dailyDigest", reminders.dailyDigest(actor.accountId()));
        reminders.markRead(actor.accountId(), null);
        return "notifications/inbox";
    }

    /** The top bar loads this after the page is readable, so the count never delays the page. */
    @GetMapping("/notifications/badge")
    String badge(Actor actor, Model model) {
        model.addAttribute("unread", reminders.unread(actor.accountId()));
        return "notifications/inbox :: badge";
    }

    @PostMapping("/notifications/settings")
    String settings(Actor actor, @RequestParam(defaultValue = "false") boolean dailyDigest) {
        reminders.setDailyDigest(actor.accountId(), dailyDigest);
        return "redirect:/notifications";
    }
}
