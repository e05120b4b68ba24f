package org.jianfu.platform.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The Chinese error page in the normal layout. Exception handlers and the error view get a fresh model without
 * the layout's {@code @ModelAttribute}s, so the signed-in user and menu are added here: every error page keeps
 * the navigation, and a person is never left on a dead end.
 */
@Component
class ProblemPage {

    private final LayoutModel layout;

    ProblemPage(LayoutModel layout) {
        this.layout = layout;
    }

    ModelAndView of(int status, String title, String message) {
        ModelAndView page = new ModelAndView("problem", HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        page.addObject("title", title);
        page.addObject("message", message);
        page.addObject("me", layout.me());
        page.addObject("menu", layout.menu());
        return page;
    }
}
