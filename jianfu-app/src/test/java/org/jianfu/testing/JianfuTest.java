package org.jianfu.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.jianfu.documents.DocumentsDriver;
import org.jianfu.indicators.IndicatorDesk;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the test database with the demo organisation and accounts loaded.
 * Every test class using it shares one Spring context (and so one database). Test helpers are
 * {@code @TestComponent}s listed here (never scanned), so every such test has the same context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({SignIn.class, DocumentsDriver.class, IndicatorDesk.class})
public @interface JianfuTest {
}
