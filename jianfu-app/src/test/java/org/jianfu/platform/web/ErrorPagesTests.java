package org.jianfu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jianfu.platform.time.Years;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

/** Errors that reach the container's error dispatch (a 403 from security, a failed template) get the layout's page. */
class ErrorPagesTests {

    final ErrorPages pages = new ErrorPages(new ProblemPage(new LayoutModel(List.of(), new Years(Clock.fixed(Instant.parse("2026-06-15T02:00:00Z"), ZoneOffset.UTC), 2018))));

    @Test
    void everyStatusIsTheChineseProblemPageInTheLayout() {
        for (HttpStatus status : List.of(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.BAD_REQUEST,
                HttpStatus.INTERNAL_SERVER_ERROR)) {
            ModelAndView page = pages.resolveErrorView(new MockHttpServletRequest(), status, Map.of());
            assertThat(page.getViewName()).isEqualTo("problem");
            assertThat(page.getStatus()).isEqualTo(status);
            assertThat(page.getModel()).containsKeys("me", "menu").containsEntry("status", status.value());
            assertThat((String) page.getModel().get("title")).matches("\\p{IsHan}+");
        }
    }
}
