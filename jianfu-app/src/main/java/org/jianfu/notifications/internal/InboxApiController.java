package org.jianfu.notifications.internal;

import java.util.List;
import java.util.Map;
import org.jianfu.notifications.internal.channels.ChannelSettings;
import org.jianfu.notifications.internal.channels.WebhookKind;
import org.jianfu.platform.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's reminders over HTTP; nobody reads another account's inbox. */
@RestController
@RequestMapping("/api/v1/notifications")
@PreAuthorize("isAuthenticated()")
class InboxApiController {

    private final Reminders reminders;
    private final ChannelSettings channels;

    InboxApiController(Reminders reminders, ChannelSettings channels) {
        this.reminders = reminders;
        this.channels = channels;
    }

    /** My e-mail and webhook; the secret is never sent back, only whether one is set. */
    record ChannelsView(String email, String webhookUrl, WebhookKind webhookKind, boolean webhookSigned) {
    }

    record ChannelsBody(String email, String webhookUrl, WebhookKind webhookKind, String webhookSecret) {
    }

    @GetMapping("/channels")
    ChannelsView channels(Actor actor) {
        ChannelSettings.Channels c = channels.of(actor.accountId());
        return new ChannelsView(c.email(), c.webhookUrl(), c.webhookKind(), c.webhookSecret() != null);
    }

    /** Sets my channels; a body naming neither an e-mail address nor a robot is refused (the 消息 page clears them). */
    @PutMapping("/channels")
    ChannelsView saveChannels(Actor actor, @RequestBody ChannelsBody body) {
        if (isBlank(body.email()) && isBlank(body.webhookUrl())) {
            throw new org.jianfu.platform.RuleViolationException("请填写邮箱（email）或机器人地址（webhookUrl）");
        }
        channels.save(actor.accountId(), body.email(), body.webhookUrl(), body.webhookKind(), body.webhookSecret());
        return channels(actor);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @GetMapping
    List<Reminders.Reminder> inbox(Actor actor) {
        return reminders.inbox(actor.accountId(), 100);
    }

    @GetMapping("/unread-count")
    Map<String, Long> unread(Actor actor) {
        return Map.of("unread", reminders.unread(actor.accountId()));
    }

    /** Marks one of my reminders read; someone else's id changes nothing and answers 404. */
    @PostMapping("/{reminderId}/read")
    Map<String, Integer> read(Actor actor, @PathVariable long reminderId) {
        int changed = reminders.markRead(actor.accountId(), reminderId);
        if (changed == 0 && !reminders.owns(actor.accountId(), reminderId)) {
            throw new org.jianfu.platform.NotFoundException("消息不存在: " + reminderId);
        }
        return Map.of("changed", changed);
    }
}
