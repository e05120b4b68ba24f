package org.jianfu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Access is declared where the handler is, never in a central URL list: every Jianfu handler
 * method, or its controller, carries {@code @PreAuthorize} (even if only {@code isAuthenticated()}).
 */
@JianfuTest
class AccessDeclarationTests {

    @Autowired
    RequestMappingHandlerMapping mappings;

    @Test
    void everyJianfuHandlerDeclaresWhoMayCallIt() {
        List<String> undeclared = mappings.getHandlerMethods().values().stream()
                .filter(h -> h.getBeanType().getPackageName().startsWith("org.jianfu"))
                .filter(h -> !AnnotatedElementUtils.hasAnnotation(h.getMethod(), PreAuthorize.class)
                        && !AnnotatedElementUtils.hasAnnotation(h.getBeanType(), PreAuthorize.class))
                .map(h -> h.getBeanType().getSimpleName() + "." + h.getMethod().getName())
                .toList();
        assertThat(undeclared).isEmpty();
    }
}
