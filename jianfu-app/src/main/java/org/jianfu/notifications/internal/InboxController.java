package org.jianfu.notifications.internal;

import org.jianfu.notifications.internal.channels.ChannelSettings;
import org.jianfu.notifications.internal.channels.WebhookKind;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 消息: the inbox page (opening it marks what it shows as read), the top-bar count, the digest choice. */
@Controller
@PreAuthorize("isAuthenticated()")
class InboxController {

    private static final int INBOX_SIZE = 100;
    private final Reminders reminders;
    private final ChannelSettings channels;

    InboxController(Reminders reminders, ChannelSettings channels) {
        this.reminders = reminders;
        this.channels = channels;
    }

    @GetMapping("/notifications")
    String inbox(Actor actor, Model model) {
        model.addAttribute("reminders", reminders.inbox(actor.accountId(), INBOX_SIZE));
        model.addAttribute("dailyDigest", reminders.dailyDigest(actor.accountId()));
        model.addAttribute("channels", channels.of(actor.accountId()));
        model.addAttribute("webhookKinds", WebhookKind.values());
        reminders.markRead(actor.accountId(), null);
        return "notifications/inbox";
    }

    /** The top bar loads this after the page is readable, so the count never delays the page. */
    @GetMapping("/notifications/badge")
    String badge(Actor actor, Model model) {
        model.addAttribute("unread", reminders.unread(actor.accountId()));
        return "notifications/inbox :: badge";
    }

    /** E-mail and group-robot webhook: urgent reminders at once, the rest in one message a day. */
    @PostMapping("/notifications/channels")
    String channels(Actor actor, @RequestParam(required = false) String email,
                    @RequestParam(required = false) String webhookUrl, @RequestParam(required = false) WebhookKind webhookKind,
                    @RequestParam(required = false) String webhookSecret, RedirectAttributes flash) {
        try {
            channels.save(actor.accountId(), email, webhookUrl, webhookKind, webhookSecret);
            flash.addFlashAttribute("ok", "已保存");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/settings")
    String settings(Actor actor, @RequestParam(defaultValue = "false") boolean dailyDigest) {
        reminders.setDailyDigest(actor.accountId(), dailyDigest);
        return "redirect:/notifications";
    }
}
