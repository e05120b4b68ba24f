package org.jianfu.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over 2 MB that are not file uploads (JSON, forms) before anything reads
 * them, so an oversized payload costs no memory. Uploads have their own multipart limits. A body without
 * a declared length (chunked) is counted while it is read and cut at the same limit ({@link LimitedBody}):
 * the declared length alone once let a 12 MiB chunked JSON body through.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 2L * 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean upload = type != null && type.toLowerCase().startsWith("multipart/");
        if (!upload && request.getContentLengthLong() > MAX_BYTES) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"请求过大\",\"status\":413,"
                    + "\"detail\":\"请求内容超过 2 MB，请精简后重试\"}");
            return;
        }
        chain.doFilter(!upload && request.getContentLengthLong() < 0 ? new LimitedBody(request, MAX_BYTES) : request, response);
    }
}
