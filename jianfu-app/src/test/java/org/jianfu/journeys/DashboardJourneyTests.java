package org.jianfu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.jianfu.testing.browser.BrowserTest;
import org.jianfu.testing.browser.PhoneBrowser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 减负监测 in a real browser: the provincial 减负办 drills from 甘肃省 to 兰州市, 城关区 and a township. */
@BrowserTest
class DashboardJourneyTests extends Journey {

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void theProvincialBurdenOfficeDrillsDownToATownship(Viewport screen) {
        PhoneBrowser b = as(screen, "jfb.62");
        b.go("/monitoring");
        b.waitForText("h1", "甘肃省");
        shot("dashboard", "1-province");
        tap("table a[href^='/monitoring/areas/6201?']");
        b.waitForText("h1", "兰州市");
        shot("dashboard", "2-prefecture");
        tap("table a[href^='/monitoring/areas/620102?']");
        b.waitForText("h1", "城关区");
        shot("dashboard", "3-county");
        String township = b.find("table a[href^='/monitoring/areas/6201020']").getText();
        tap("table a[href^='/monitoring/areas/6201020']");
        b.waitForText("h1", township);
        assertThat(path()).matches("/monitoring/areas/6201020\\d{2}\\?year=\\d{4}");
        assertThat(b.text("main")).contains("甘肃省").contains("兰州市").contains("城关区");
        shot("dashboard", "4-township");
    }
}
