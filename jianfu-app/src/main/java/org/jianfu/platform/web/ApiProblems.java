package org.jianfu.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.jianfu.platform.ConflictException;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.RuleViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every REST error as an RFC 9457 problem detail with a Chinese {@code detail}. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "未找到", e.getMessage());
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolated(RuleViolationException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "不符合规定", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.title(), e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "无权访问", "当前账号无权进行此操作");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage()).collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, "请求内容有误", detail);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException e) {
        return problem(HttpStatus.BAD_REQUEST, "请求内容有误", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitedBody.TooLarge) {
                return problem(HttpStatus.CONTENT_TOO_LARGE, "请求过大", "请求内容超过 2 MB，请精简后重试");
            }
        }
        return problem(HttpStatus.BAD_REQUEST, "请求格式错误", "请求体不是有效的 JSON 或字段类型不对");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
        IllegalArgumentException.class})
    ProblemDetail badParameter(Exception e) {
        // framework messages are English ("Required request parameter …"): say it in Chinese
        String detail = switch (e) {
            case MethodArgumentTypeMismatchException m -> "参数 " + m.getName() + " 的值不正确: " + m.getValue();
            case MissingServletRequestParameterException m -> "缺少参数 " + m.getParameterName();
            default -> e.getMessage();
        };
        return problem(HttpStatus.BAD_REQUEST, "参数错误", detail);
    }

    /** The database is down or refuses connections for a while: say so, and that retrying will do. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ProblemDetail databaseUnavailable(Exception e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "服务暂时不可用", DATABASE_UNAVAILABLE);
    }

    /** RFC 9457's "no further semantics" type, written out so every client sees the member. */
    static final java.net.URI ABOUT_BLANK = java.net.URI.create("about:blank");

    static final String DATABASE_UNAVAILABLE = "数据库暂时不可用，请稍后重试";

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(ABOUT_BLANK);
        return problem;
    }
}
