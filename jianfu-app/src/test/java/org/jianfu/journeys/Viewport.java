package org.jianfu.journeys;

import java.util.Locale;
import org.jianfu.testing.browser.PhoneBrowser;

/** The two screens every journey runs on: a 390 × 844 phone and a 1280 × 800 desktop window. */
enum Viewport {

    PHONE, DESKTOP;

    PhoneBrowser open(int port) {
        return this == PHONE ? PhoneBrowser.open(port) : PhoneBrowser.openDesktop(port);
    }

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
