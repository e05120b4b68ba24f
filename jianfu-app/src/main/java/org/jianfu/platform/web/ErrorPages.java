package org.jianfu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that reach the servlet container's error dispatch (403 from security, a failed template, anything not
 * handled above): the same Chinese page in the layout, with navigation, as every other error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages implements ErrorViewResolver {

    private final ProblemPage page;

    ErrorPages(ProblemPage page) {
        this.page = page;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return switch (status.value()) {
            case 403 -> page.of(403, "无权访问", "当前账号无权查看此页面。");
            case 404 -> page.of(404, "页面不存在", "您要找的页面不存在或已被删除。");
            case 400 -> page.of(400, "请求有误", "请求的内容不正确，请检查后重试。");
            case 413 -> page.of(413, "内容过大", "上传的文件或提交的内容过大。");
            default -> page.of(status.value(), "系统出错了", "请稍后重试；如果问题持续，请联系系统管理员。");
        };
    }
}
