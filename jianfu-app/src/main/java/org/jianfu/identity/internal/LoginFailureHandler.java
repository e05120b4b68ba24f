package org.jianfu.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed login back to the form. A wrong password, an unknown username and a disabled account get
 * the same answer: telling them apart let anyone find out which usernames exist. What it adds depends only
 * on the tries made with that username from that address: the tries left before a wait ("还可尝试 N 次",
 * for the last two), or the wait itself.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    /** Warn when this many tries or fewer are left. */
    static final int WARN_FROM = 2;

    private final LoginThrottle throttle;

    LoginFailureHandler(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String typed = request.getParameter("username");
        String username = AuditNames.shortened(typed == null ? "" : typed);
        String address = request.getRemoteAddr();
        Duration wait = throttle.waitBefore(username, address);
        String extra = "";
        if (!wait.isZero()) {
            extra = "&wait=" + LoginThrottle.seconds(wait);
        } else {
            int left = throttle.triesLeft(username, address);
            if (left <= WARN_FROM) {
                extra = "&left=" + left;
            }
        }
        response.sendRedirect(request.getContextPath() + "/login?error" + extra);
    }
}
