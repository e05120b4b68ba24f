package org.jianfu.identity.internal;

import java.util.List;
import org.jianfu.audit.AuditLog;
import org.jianfu.platform.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The 安全管理员's API: usernames waiting before their next sign-in, and ending a wait. */
@RestController
@RequestMapping("/api/v1/security")
@PreAuthorize("hasRole('SECURITY')")
class SecurityOfficeApiController {

    record ReleaseRequest(String username) {
    }

    private final LoginThrottle throttle;
    private final AuditLog audit;

    SecurityOfficeApiController(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @GetMapping("/waiting")
    List<LoginThrottle.Waiting> waiting() {
        return throttle.waitingNow();
    }

    @PostMapping("/release")
    ResponseEntity<Void> release(@RequestBody ReleaseRequest request, Actor actor) {
        if (request.username() == null || request.username().isBlank()) {
            throw new IllegalArgumentException("请填写用户名");
        }
        SecurityOfficeController.release(actor, throttle, audit, request.username());
        return ResponseEntity.noContent().build();
    }
}
