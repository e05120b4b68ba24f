package org.jianfu.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An account signed in with a generated password (the first administrator of a non-demo deployment) sets its
 * own before anything else: pages lead to 我的, the API answers 403 with the reason.
 */
@Configuration(proxyBeanMethods = false)
class PasswordFirst implements WebMvcConfigurer {

    private static final Set<String> ALLOWED = Set.of("/me", "/me/password", "/api/v1/me", "/api/v1/me/password", "/logout", "/error");

    private final PasswordChange passwords;

    PasswordFirst(PasswordChange passwords) {
        this.passwords = passwords;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                String path = request.getRequestURI().substring(request.getContextPath().length());
                // only an account that signed in with a generated password costs a query (and not every request
                // of everyone: a page must still answer 503, not 500, while the database is away)
                if (ALLOWED.contains(path) || auth == null || !(auth.getPrincipal() instanceof SignedInAccount account)
                        || !account.mustChangePassword() || !passwords.mustChange(account.actor().accountId())) {
                    return true;
                }
                if (path.startsWith("/api/")) {
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.setCharacterEncoding("UTF-8");
                    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"请先修改初始密码\",\"status\":403,"
                            + "\"detail\":\"该账号使用系统生成的初始密码，请先修改密码（PUT /api/v1/me/password）\"}");
                } else {
                    response.sendRedirect(request.getContextPath() + "/me");
                }
                return false;
            }
        }).excludePathPatterns("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/login");
    }
}
