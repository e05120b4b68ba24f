package org.jianfu.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianfu.vehicles.CarJourneyBrowserTests.day;
import static org.jianfu.vehicles.CarJourneyBrowserTests.request;

import org.jianfu.testing.browser.BrowserTest;
import org.jianfu.testing.browser.PhoneBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No signal in the mountains: pages opened before stay readable, and a car request filled in
 * offline is kept on the phone and sent when the network returns; a refusal is shown, not lost.
 */
@BrowserTest
class CarOfflineBrowserTests {

    static final String CADRE = "620102002.gov.cadre";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void chromium() {
        PhoneBrowser.assumeInstalled();
    }

    @Test
    void aPageOpenedBeforeStaysReadableOfflineAndAnUnopenedOneExplainsWhy() {
        try (PhoneBrowser phone = PhoneBrowser.open(port).signIn(CADRE).waitForServiceWorker()) {
            String page = request(phone, "森林防火巡查", day(60) + "T08:00", day(60) + "T11:00");
            phone.go(page).waitForText("h1", "森林防火巡查");
            phone.offline();
            phone.go("/");                                   // leave, then come back without a network
            phone.go(page).waitForText("h1", "森林防火巡查");
            assertThat(phone.text("main")).contains("五泉村委会");
            assertThat(phone.find(".offline-banner").getText()).contains("当前离线");
            phone.screenshot("offline-read-car-request");
            phone.go("/vehicles/usage?year=2018");
            phone.waitForText("h1", "当前没有网络");
            phone.screenshot("offline-fallback");
            phone.online();
        }
    }

    @Test
    void aCarRequestFilledOfflineIsSentWhenTheConnectionReturns() {
        try (PhoneBrowser phone = PhoneBrowser.open(port).signIn(CADRE).waitForServiceWorker()) {
            phone.go("/vehicles/requests/new").find("#purpose");
            phone.offline();
            phone.go("/vehicles/requests/new");
            phone.type("#purpose", "离线填写的下村核查").type("#toPlace", "雁滩村")
                    .setValue("#startsAt", day(61) + "T09:00").setValue("#endsAt", day(61) + "T12:00");
            phone.tap("#car-request-form button[type=submit]");
            phone.waitForText("#offline-notice", "已保存在本机");
            phone.waitForText("#offline-queue", "等待联网自动提交");
            phone.screenshot("offline-queued-car-request");
            assertThat(count("离线填写的下村核查")).isZero();
            phone.online();
            phone.waitForText("#offline-notice", "已提交：用车申请");
            assertThat(phone.find("#offline-notice").getText()).contains("查看");
            phone.screenshot("offline-queue-synced");
            assertThat(count("离线填写的下村核查")).isEqualTo(1);
            assertThat(phone.all("#offline-queue .queued")).isEmpty();
        }
    }

    @Test
    void aRefusedOfflineSubmissionIsShownAndKeptUntilTheUserDecides() {
        try (PhoneBrowser phone = PhoneBrowser.open(port).signIn(CADRE).waitForServiceWorker()) {
            request(phone, "参加县上工作会议", day(62) + "T09:00", day(62) + "T12:00");
            phone.go("/vehicles/requests/new").find("#purpose");
            phone.offline();
            phone.go("/vehicles/requests/new");
            phone.type("#purpose", "同一时段的第二次申请").type("#toPlace", "草场街")
                    .setValue("#startsAt", day(62) + "T10:00").setValue("#endsAt", day(62) + "T11:00");
            phone.tap("#car-request-form button[type=submit]");
            phone.waitForText("#offline-queue", "等待联网自动提交");
            phone.online();
            phone.waitForText("#offline-queue", "该时段已有用车申请");
            phone.screenshot("offline-queue-conflict");
            phone.go("/");                                     // still kept on another page
            phone.waitForText("#offline-queue", "同一时段的第二次申请");
            assertThat(count("同一时段的第二次申请")).isZero();
            phone.tap("#offline-queue button:nth-of-type(1)");  // 修改后重新提交: the form comes back filled
            assertThat(phone.find("#purpose").getAttribute("value")).isEqualTo("同一时段的第二次申请");
            phone.setValue("#startsAt", day(63) + "T10:00").setValue("#endsAt", day(63) + "T11:00");
            phone.tap("#car-request-form button[type=submit]");
            phone.waitForText("h1", "同一时段的第二次申请");
            assertThat(count("同一时段的第二次申请")).isEqualTo(1);
            phone.go("/");
            assertThat(phone.all("#offline-queue .queued")).isEmpty();
        }
    }

    long count(String purpose) {
        return jdbc.sql("select count(*) from vehicles.car_request where purpose = ?").param(purpose).query(Long.class).single();
    }
}
