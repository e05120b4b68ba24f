package org.jianfu.platform.web;

import org.jianfu.platform.ConflictException;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.RuleViolationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Errors on pages: a Chinese message in the page layout with its navigation, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private final ProblemPage page;

    PageErrors(ProblemPage page) {
        this.page = page;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page.of(404, "未找到", e.getMessage());
    }

    @ExceptionHandler(RuleViolationException.class)
    ModelAndView rule(RuleViolationException e) {
        return page.of(422, "不符合规定", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return page.of(409, e.title(), e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView badInput(Exception e) {
        return page.of(400, "参数错误", "请求的参数不正确");
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ModelAndView databaseUnavailable(Exception e) {
        return page.of(503, "服务暂时不可用", ApiProblems.DATABASE_UNAVAILABLE);
    }
}
