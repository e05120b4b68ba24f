package org.jianfu.identity.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jianfu.audit.AuditLog;
import org.jianfu.platform.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 账号安全, the 安全管理员's page: who has to wait before signing in, ending a wait, the password policy. */
@Controller
@PreAuthorize("hasRole('SECURITY')")
class SecurityOfficeController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");

    record WaitingRow(String username, String until) {
    }

    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    SecurityOfficeController(LoginThrottle throttle, AuditLog audit, Clock clock) {
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/security")
    String page(Model model) {
        List<WaitingRow> rows = throttle.waitingNow().stream()
                .map(w -> new WaitingRow(w.username(), TIME.format(w.until().atZone(clock.getZone())))).toList();
        model.addAttribute("waiting", rows);
        model.addAttribute("policy", PasswordPolicy.describe());
        return "identity/security";
    }

    @PostMapping("/security/release")
    String release(@RequestParam String username, Actor actor, RedirectAttributes flash) {
        release(actor, throttle, audit, username);
        flash.addFlashAttribute("ok", "已解除 " + AuditNames.shortened(username) + " 的登录等待");
        return "redirect:/security";
    }

    /** Ends a username's wait and records who did it; one rule for the page and the API. */
    static void release(Actor actor, LoginThrottle throttle, AuditLog audit, String username) {
        String name = AuditNames.shortened(username.strip());
        throttle.release(name);
        audit.record(actor, "解除登录等待", "account:" + name, "");
    }
}
