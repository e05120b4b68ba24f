package org.jianfu.testing.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a real port with the test database and demo data, for journeys in
 * headless Chromium ({@link PhoneBrowser}). All browser test classes share this one context.
 * Inject the port with {@code @LocalServerPort int port}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jianfu.reuse.index-laws=false")
@Tag("browser")
public @interface BrowserTest {
}
