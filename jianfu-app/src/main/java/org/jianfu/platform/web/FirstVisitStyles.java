package org.jianfu.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * On a phone's first visit the style sheet comes inside the page: on a slow 3G link every extra
 * request before the first paint costs a round trip (~400 ms). Once the sheet is cached
 * ({@code js/jianfu.js} fetches it and sets the cookie), pages link it as usual. The Content-Security-Policy
 * allows this one inline style by its hash ({@link ContentSecurityPolicy}).
 */
@ControllerAdvice(annotations = Controller.class)
class FirstVisitStyles {

    static final String COOKIE = "jf_css";
    private final String css = ContentSecurityPolicy.styleSheet();

    @ModelAttribute("inlineCss")
    String inlineCss(@CookieValue(name = COOKIE, required = false) String cached) {
        return cached == null ? css : null;
    }
}
