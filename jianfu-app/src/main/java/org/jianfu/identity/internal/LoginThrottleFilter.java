package org.jianfu.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login try (the form's POST or an API call with Basic credentials) while its username or address
 * has to wait ({@link LoginThrottle}), before any password is checked: the answer and its timing are the
 * same for a real and an invented username.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
        String username = form ? request.getParameter("username") : basicUsername(request);
        if (username != null) {
            Duration wait = throttle.waitBefore(AuditNames.shortened(username), request.getRemoteAddr());
            if (!wait.isZero()) {
                long seconds = LoginThrottle.seconds(wait);
                if (form) {
                    response.sendRedirect(request.getContextPath() + "/login?error&wait=" + seconds);
                } else {
                    response.setStatus(429);
                    response.setHeader("Retry-After", Long.toString(seconds));
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.setCharacterEncoding("UTF-8");
                    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"尝试过于频繁\",\"status\":429,"
                            + "\"detail\":\"登录尝试过多，请 " + seconds + " 秒后再试\"}");
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
