package org.jianfu.identity.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 我的: who I am, my unit and scope, and sign-out. */
@Controller
@PreAuthorize("isAuthenticated()")
class ProfileController {

    @GetMapping("/me")
    String profile() {
        return "identity/profile";
    }
}
