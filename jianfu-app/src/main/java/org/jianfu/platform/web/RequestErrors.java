package org.jianfu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jianfu.platform.BadRequestException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors Spring MVC raises before or around a handler: unknown paths, malformed ids and parameters, wrong
 * methods, out-of-range years. Boot's problem-details handler answered these in English JSON
 * ("No static resource …", "Failed to convert …") even to a person's browser. Here a person gets the Chinese
 * error page with navigation and an API client a Chinese RFC 9457 problem detail. Ordered before Boot's handler
 * and after {@link ApiProblems}, which keeps the REST controllers' own answers.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestErrors {

    private final ProblemPage page;
    private final JsonMapper json;

    RequestErrors(ProblemPage page, JsonMapper json) {
        this.page = page;
        this.json = json;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ModelAndView notFound(HttpServletRequest request) {
        return answer(request, 404, "页面不存在", "您要找的页面不存在或已被删除。");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method(HttpServletRequest request) {
        return answer(request, 405, "请求方式不支持", "此地址不支持 " + request.getMethod() + " 请求。");
    }

    @ExceptionHandler({TypeMismatchException.class, ServletRequestBindingException.class,
        HandlerMethodValidationException.class})
    ModelAndView badParameter(HttpServletRequest request) {
        return answer(request, 400, "参数错误", "请求的地址或参数不正确，请检查后重试。");
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e, HttpServletRequest request) {
        return answer(request, 400, "参数错误", e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView mediaType(HttpServletRequest request) {
        return answer(request, 415, "内容类型不支持", "请求内容的类型不受支持。");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ModelAndView notAcceptable(HttpServletRequest request) {
        return answer(request, 406, "无法提供所需格式", "无法按请求的格式返回内容。");
    }

    private ModelAndView answer(HttpServletRequest request, int status, String title, String detail) {
        return isApi(request) ? problem(request, status, title, detail) : page.of(status, title, detail);
    }

    static boolean isApi(HttpServletRequest request) {
        Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
        if (handler instanceof HandlerMethod method
                && AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class)) {
            return true;
        }
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
    }

    /** RFC 9457 in JSON: type, title, status, detail, instance. */
    private ModelAndView problem(HttpServletRequest request, int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        View view = (model, req, res) -> {
            res.setStatus(status);
            res.setContentType("application/problem+json");
            res.setCharacterEncoding("UTF-8");
            json.writeValue(res.getOutputStream(), body);
        };
        ModelAndView answer = new ModelAndView(view);
        answer.setStatus(HttpStatusCode.valueOf(status));
        return answer;
    }
}
