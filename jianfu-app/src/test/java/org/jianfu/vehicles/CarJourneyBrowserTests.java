package org.jianfu.vehicles;

import static org.assertj.core.api.Assertions.assertThat;

import org.jianfu.testing.browser.BrowserTest;
import org.jianfu.testing.browser.PhoneBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 公务用车 on a phone: request, approve from 待办 in one tap, dispatch, and a refused double booking. */
@BrowserTest
class CarJourneyBrowserTests {

    static final String CADRE = "620102001.gov.cadre";
    static final String LEADER = "620102001.gov.leader";
    static final String CLERK = "620102001.gov.clerk";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void chromium() {
        PhoneBrowser.assumeInstalled();
    }

    static String day(int daysAhead) {
        return TripDays.day(daysAhead).toString();
    }

    /** Fills and sends the request form; returns the new request's page path. */
    static String request(PhoneBrowser phone, String purpose, String from, String to) {
        phone.go("/vehicles/requests/new");
        phone.type("#purpose", purpose).type("#toPlace", "五泉村委会").setValue("#startsAt", from).setValue("#endsAt", to);
        phone.tap("#car-request-form button[type=submit]");
        phone.waitForText("h1", purpose);
        return phone.driver().getCurrentUrl().replaceFirst("^http://[^/]+", "");
    }

    @Test
    void aLeaderApprovesACarRequestFromTheTodoListInOneTap() {
        String page;
        try (PhoneBrowser cadre = PhoneBrowser.open(port).signIn(CADRE)) {
            page = request(cadre, "入户走访脱贫户", day(50) + "T09:00", day(50) + "T12:00");
            assertThat(cadre.text("h1")).contains("待审批");
        }
        try (PhoneBrowser leader = PhoneBrowser.open(port).signIn(LEADER)) {
            WebElement row = leader.find("li:has(a[href='" + page + "'])");
            assertThat(row.getText()).contains("入户走访脱贫户").contains("用车待审批");
            leader.screenshot("todo-car-request");
            row.findElement(By.cssSelector(".todo-action button")).click();             // tap 1 of at most 3
            leader.waitForText(".list > li.done", "已批准用车申请");
            leader.screenshot("todo-car-request-approved");
            int tapTargetHeight = ((Number) leader.script("return document.querySelector('.bell').getBoundingClientRect().height")).intValue();
            assertThat(tapTargetHeight).isGreaterThanOrEqualTo(44);
        }
        assertThat(state(page)).isEqualTo("APPROVED");
    }

    @Test
    void aRequestIsApprovedAndDispatchedAndTheSameCarCannotBeBookedTwice() {
        String first;
        String second;
        try (PhoneBrowser cadre = PhoneBrowser.open(port).signIn(CADRE)) {
            first = request(cadre, "护送防汛物资", day(51) + "T09:00", day(51) + "T15:00");
        }
        try (PhoneBrowser clerk = PhoneBrowser.open(port).signIn(CLERK)) {
            second = request(clerk, "陪同项目现场踏勘", day(51) + "T14:00", day(51) + "T17:00");
        }
        try (PhoneBrowser leader = PhoneBrowser.open(port).signIn(LEADER)) {
            for (String page : new String[] {first, second}) {
                leader.go(page).tap("#approve").waitForText("h1", "待派车");
            }
        }
        try (PhoneBrowser clerk = PhoneBrowser.open(port).signIn(CLERK)) {
            clerk.go(first).tap("#dispatch-form button").waitForText("h1", "已派车");
            clerk.screenshot("car-dispatched");
            String busy = jdbc.sql("""
                    select v.plate from vehicles.car_request r join vehicles.vehicle v on v.id = r.vehicle_id
                    where r.id = ?""").param(Long.parseLong(first.substring(first.lastIndexOf('/') + 1)))
                    .query(String.class).single();
            clerk.go(second);                                   // the car out on the first trip is not offered
            assertThat(clerk.text("#dispatch-form")).doesNotContain(busy);
            clerk.screenshot("car-double-booking-refused");
        }
        assertThat(state(first)).isEqualTo("DISPATCHED");
        assertThat(state(second)).isEqualTo("APPROVED");
    }

    String state(String page) {
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        return jdbc.sql("select state from vehicles.car_request where id = ?").param(id).query(String.class).single();
    }
}
