package org.jianfu.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jianfu.platform.ActorHolder;
import org.jianfu.platform.Role;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * 三员分立 at the door: a 安全管理员 or 安全审计员 reaches only their own pages (and 我的, the home page, their
 * notifications); every other signed-in role reaches everything its controllers allow. The controllers' own
 * rules (the audit log for the auditor alone, login waits for the security administrator alone) keep the
 * 系统管理员 out of the other two's work.
 */
final class SeparatedDuties implements AuthorizationManager<RequestAuthorizationContext> {

    private static final List<String> COMMON = List.of("/", "/me", "/me/password", "/api/v1/me", "/api/v1/me/password",
            "/logout", "/error", "/notifications");

    private static final Map<Role, List<String>> OWN = Map.of(
            Role.SECURITY, List.of("/security", "/api/v1/security"),
            Role.AUDITOR, List.of("/audit-log", "/api/v1/audit-log"));

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof ActorHolder holder)) {
            return new AuthorizationDecision(false);
        }
        Role role = holder.actor().role();
        if (Role.WORK.contains(role)) {
            return new AuthorizationDecision(true);
        }
        String path = context.getRequest().getRequestURI().substring(context.getRequest().getContextPath().length());
        return new AuthorizationDecision(within(path, COMMON) || within(path, OWN.getOrDefault(role, List.of())));
    }

    private static boolean within(String path, List<String> prefixes) {
        return prefixes.stream().anyMatch(p -> p.equals("/") ? path.equals("/") : path.equals(p) || path.startsWith(p + "/"));
    }
}
