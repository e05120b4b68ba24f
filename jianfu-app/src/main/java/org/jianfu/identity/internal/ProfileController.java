package org.jianfu.identity.internal;

import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的: who I am, my unit and scope, changing my password, and sign-out. */
@Controller
@PreAuthorize("isAuthenticated()")
class ProfileController {

    private final PasswordChange passwords;

    ProfileController(PasswordChange passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/me")
    String profile(Actor actor, Model model) {
        model.addAttribute("mustChange", passwords.mustChange(actor.accountId()));
        model.addAttribute("policy", PasswordPolicy.describe());
        return "identity/profile";
    }

    @PostMapping("/me/password")
    String changePassword(@RequestParam(required = false) String current, @RequestParam(required = false) String replacement,
                          @RequestParam(required = false) String repeated, Actor actor, RedirectAttributes flash) {
        try {
            passwords.change(actor, current, replacement, repeated);
            flash.addFlashAttribute("ok", "密码已修改");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/me";
    }
}
