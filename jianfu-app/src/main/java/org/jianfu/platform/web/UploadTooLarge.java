package org.jianfu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the multipart limits is refused before any controller is chosen (the body is not
 * read, so memory stays flat), which is why this advice applies to all handlers: a Chinese page for
 * the browser, a problem detail for API clients, instead of the container's English default.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

    private final String limit;

    UploadTooLarge(@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFile) {
        this.limit = maxFile.toMegabytes() + " MB";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String message = "上传的文件过大：单个文件不能超过 " + limit + "，请压缩或拆分后再上传。";
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        String accept = request.getHeader("Accept");
        if (request.getRequestURI().startsWith("/api/") || accept == null || !accept.contains("text/html")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"文件过大\",\"status\":413,\"detail\":\""
                    + message + "\",\"instance\":\"" + request.getRequestURI().replace("\"", "") + "\"}");
            return null;
        }
        ModelAndView page = new ModelAndView("problem");
        page.addObject("status", 413);
        page.addObject("title", "文件过大");
        page.addObject("message", message);
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        return page;
    }
}
