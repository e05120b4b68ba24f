package org.jianfu.journeys;

import org.springframework.beans.factory.annotation.Autowired;
import java.time.LocalDate;
import org.jianfu.testing.browser.PhoneBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One Chromium per screen and journey class (started lazily, closed after the class), so the
 * accounts of a journey take turns in it (signing out clears the cookies); every click goes through {@link #tap} so grassroots tasks
 * can count their taps from the home screen.
 */
abstract class Journey {

    /** the application clock (fixed in tests: never today) */
    @Autowired
    java.time.Clock clock;

    static final String PASSWORD = "Jianfu@2019";
    private static final java.util.Map<Viewport, PhoneBrowser> BROWSERS = new java.util.EnumMap<>(Viewport.class);

    @LocalServerPort
    int port;

    Viewport viewport = Viewport.PHONE;
    int taps;

    @BeforeAll
    static void chromium() {
        PhoneBrowser.assumeInstalled();
    }

    @AfterAll
    static void closeBrowser() {
        BROWSERS.values().forEach(PhoneBrowser::close);
        BROWSERS.clear();
    }

    PhoneBrowser browser() {
        return BROWSERS.computeIfAbsent(viewport, v -> v.open(port));
    }

    /** Signs out whoever was signed in, sets the screen and signs {@code username} in; lands on 待办. */
    PhoneBrowser as(Viewport screen, String username) {
        this.viewport = screen;
        PhoneBrowser b = browser();
        b.go("/login");
        b.driver().manage().deleteAllCookies();
        b.signIn(username);
        taps = 0;
        return b;
    }

    /** A counted tap on the element matching {@code css}. */
    void tap(String css) {
        browser().tap(css);
        taps++;
    }

    /** A counted tap on the element matching an XPath (for "the button in the card that names X"). */
    void tapXpath(String xpath) {
        browser().tap(By.xpath(xpath));
        taps++;
    }

    void shot(String journey, String step) {
        browser().screenshot("journey-" + journey + "-" + viewport.tag() + "-" + step);
    }

    /** Prints the count, so the report can quote it; the caller asserts the target. */
    int tapsFor(String task) {
        System.out.printf("[taps] %s (%s): %d taps from the home screen%n", task, viewport.tag(), taps);
        return taps;
    }

    String path() {
        return browser().driver().getCurrentUrl().replaceFirst("^http://[^/]+", "");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static String xpathLiteral(String s) {
        return "'" + s + "'";
    }
}
