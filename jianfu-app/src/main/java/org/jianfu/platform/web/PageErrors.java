package org.jianfu.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jianfu.platform.ConflictException;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.RuleViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors on pages: a Chinese message in the page layout, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return show(404, "未找到", e.getMessage(), model, response);
    }

    @ExceptionHandler(RuleViolationException.class)
    String rule(RuleViolationException e, Model model, HttpServletResponse response) {
        return show(422, "不符合规定", e.getMessage(), model, response);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model, HttpServletResponse response) {
        return show(409, e.title(), e.getMessage(), model, response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, IllegalArgumentException.class})
    String badInput(Exception e, Model model, HttpServletResponse response) {
        return show(400, "参数错误", "请求的参数不正确", model, response);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    String databaseUnavailable(Exception e, Model model, HttpServletResponse response) {
        return show(503, "服务暂时不可用", ApiProblems.DATABASE_UNAVAILABLE, model, response);
    }

    private static String show(int status, String title, String message, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return "problem";
    }
}
