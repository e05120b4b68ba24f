package org.jianfu.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Request → approval → dispatch → return, with the rules that refuse what must not happen. */
@JianfuTest
class CarRequestFlowTests {

    static final String CADRE = "620102001.gov.cadre";
    static final String LEADER = "620102001.gov.leader";
    static final String CLERK = "620102001.gov.clerk";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OfficialCars cars;

    CarTrips trips;

    @org.junit.jupiter.api.BeforeEach
    void trips() {
        trips = new CarTrips(mvc, signIn, jdbc);
    }

    @Test
    void aRequestIsApprovedDispatchedAndReturnedAndCountsInTheMonthlyUsage() throws Exception {
        long id = trips.request(CADRE, "下村核查灾情", trips.at(30, 8), trips.at(30, 12), 2);
        mvc.perform(get("/api/v1/car-requests/" + id).with(signIn.as(CADRE)))
                .andExpect(jsonPath("$.state").value("SUBMITTED"));
        mvc.perform(get("/").with(signIn.as(LEADER))).andExpect(content().string(containsString("下村核查灾情")))
                .andExpect(content().string(containsString("/vehicles/requests/" + id + "/approve")));
        trips.approve(LEADER, id).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"));
        mvc.perform(get("/").with(signIn.as(CLERK))).andExpect(content().string(containsString("待派车")));
        long[] car = trips.freeCarOf(CLERK);
        trips.dispatch(CLERK, id, car[0], car[1]).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DISPATCHED")).andExpect(jsonPath("$.vehiclePlate").isNotEmpty());
        mvc.perform(post("/api/v1/car-requests/" + id + "/return").with(signIn.as(CADRE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"km\": 46}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RETURNED")).andExpect(jsonPath("$.km").value(46));
        long unitId = jdbc.sql("select unit_id from vehicles.car_request where id = ?").param(id).query(Long.class).single();
        int year = trips.at(30, 8).getYear();
        String usage = mvc.perform(get("/api/v1/units/" + unitId + "/car-usage?year=" + year).with(signIn.as(CLERK)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<Integer>>read(usage, "$[*].km").stream().mapToInt(Integer::intValue).sum())
                .isGreaterThanOrEqualTo(46);
        assertThat(cars.monthlyUsage(unitId, year)).anySatisfy(month -> {
            assertThat(month.month()).isEqualTo(java.time.YearMonth.from(trips.at(30, 8)));
            assertThat(month.km()).isGreaterThanOrEqualTo(46);
            assertThat(month.hours()).isGreaterThanOrEqualTo(4.0);
        });
    }

    @Test
    void aLeaderNeverApprovesTheirOwnRequest() throws Exception {
        long id = trips.request(LEADER, "赴县参加防汛调度会", trips.at(33, 8), trips.at(33, 12), 1);
        trips.approve(LEADER, id).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("不能审批本人起草或提交的用车申请")));
        mvc.perform(get("/").with(signIn.as(LEADER)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/vehicles/requests/" + id + "/approve"))));
        mvc.perform(get("/api/v1/car-requests/" + id).with(signIn.as(LEADER))).andExpect(jsonPath("$.state").value("SUBMITTED"));
    }

    @Test
    void theSameVehicleOrDriverIsNeverDispatchedTwiceForOverlappingTimes() throws Exception {
        long first = trips.request(CADRE, "护送防汛物资", trips.at(31, 9), trips.at(31, 15), 1);
        long second = trips.request(CLERK, "参加县上工作会议", trips.at(31, 14), trips.at(31, 18), 1);
        trips.approve(LEADER, first).andExpect(status().isOk());
        trips.approve(LEADER, second).andExpect(status().isOk());
        long[] car = trips.freeCarOf(CLERK);
        trips.dispatch(CLERK, first, car[0], car[1]).andExpect(status().isOk());
        trips.dispatch(CLERK, second, car[0], car[1]).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("在该时段已派出")));
        assertThat(trips.state(second)).isEqualTo("APPROVED");
    }

    @Test
    void theDispatchPageOffersOnlyFreeCarsAndShowsAConflictOnItself() throws Exception {
        long first = trips.request(CADRE, "送防汛物资到村", trips.at(37, 9), trips.at(37, 15), 1);
        long second = trips.request(CLERK, "陪同检查组", trips.at(37, 14), trips.at(37, 17), 1);
        trips.approve(LEADER, first).andExpect(status().isOk());
        trips.approve(LEADER, second).andExpect(status().isOk());
        long[] car = trips.freeCarOf(CLERK);
        mvc.perform(post("/vehicles/requests/" + first + "/dispatch").with(signIn.as(CLERK)).with(csrf())
                        .param("vehicleId", String.valueOf(car[0])).param("driverId", String.valueOf(car[1])))
                .andExpect(status().is3xxRedirection());
        assertThat(trips.state(first)).isEqualTo("DISPATCHED");

        String page = mvc.perform(get("/vehicles/requests/" + second).with(signIn.as(CLERK))).andReturn().getResponse()
                .getContentAsString();
        assertThat(select(page, "vehicleId")).doesNotContain("value=\"" + car[0] + "\"");
        assertThat(select(page, "driverId")).doesNotContain("value=\"" + car[1] + "\"");

        // a form opened before the first dispatch still names the busy car: the answer is the request page
        var stale = mvc.perform(post("/vehicles/requests/" + second + "/dispatch").with(signIn.as(CLERK)).with(csrf())
                .param("vehicleId", String.valueOf(car[0])).param("driverId", String.valueOf(car[1]))).andReturn();
        assertThat(stale.getResponse().getRedirectedUrl()).isEqualTo("/vehicles/requests/" + second);
        assertThat(stale.getFlashMap().get("error")).asString().contains("在该时段已派出");
        assertThat(mvc.perform(get("/vehicles/requests/" + second).flashAttrs(stale.getFlashMap()).with(signIn.as(CLERK)))
                .andReturn().getResponse().getContentAsString()).contains("在该时段已派出").doesNotContain("class=\"card problem\"");
        assertThat(trips.state(second)).isEqualTo("APPROVED");
    }

    /** The options of a select on the page, or nothing when the page offers none. */
    static String select(String page, String id) {
        int start = page.indexOf("<select id=\"" + id + "\"");
        return start < 0 ? "" : page.substring(start, page.indexOf("</select>", start));
    }

    @Test
    void theDatabaseItselfRefusesADoubleBooking() throws Exception {
        long first = trips.request(CADRE, "森林防火巡查", trips.at(32, 9), trips.at(32, 12), 1);
        long second = trips.request(CLERK, "慰问困难群众", trips.at(32, 11), trips.at(32, 13), 1);
        long[] car = trips.freeCarOf(CLERK);
        jdbc.sql("update vehicles.car_request set state = 'DISPATCHED', vehicle_id = ?, driver_id = ? where id = ?")
                .params(car[0], car[1], first).update();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                        "update vehicles.car_request set state = 'DISPATCHED', vehicle_id = ?, driver_id = ? where id = ?")
                .params(car[0], car[1], second).update())
                .hasMessageContaining("no_double_booked");
    }

    @Test
    void onlyTheLeaderOfTheCarUnitApprovesAndOnlyItsClerkDispatches() throws Exception {
        long id = trips.request(CADRE, "调解土地纠纷", trips.at(33, 9), trips.at(33, 11), 1);
        trips.approve("620102002.gov.leader", id).andExpect(status().isNotFound());
        trips.approve("620103.gov-office.leader", id).andExpect(status().isNotFound());
        trips.approve(CLERK, id).andExpect(status().isForbidden());
        mvc.perform(get("/vehicles/requests/" + id).with(signIn.as("620103.gov-office.clerk"))).andExpect(status().isNotFound());
        mvc.perform(get("/vehicles/requests/" + id).with(signIn.as("jfb.620102"))).andExpect(status().isOk());
        mvc.perform(get("/vehicles/requests/" + id).with(signIn.as("jfb.620103"))).andExpect(status().isNotFound());
        trips.approve(LEADER, id).andExpect(status().isOk());
        trips.approve(LEADER, id).andExpect(status().isConflict());
        long[] car = trips.freeCarOf(CLERK);
        trips.dispatch(LEADER, id, car[0], car[1]).andExpect(status().isForbidden());
    }

    @Test
    void aSecondRequestForTheSameTimeIsAConflictAndAReplayedOfflineFormCountsOnce() throws Exception {
        String form = "purpose=入户走访&startsAt=" + trips.at(34, 9).toLocalDateTime() + "&endsAt=" + trips.at(34, 11).toLocalDateTime()
                + "&fromPlace=乡政府&toPlace=某村&passengers=2&clientKey=offline-test-1";
        String location = mvc.perform(post("/vehicles/requests").with(signIn.as(CADRE)).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/vehicles/requests").with(signIn.as(CADRE)).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", location));
        mvc.perform(post("/vehicles/requests").with(signIn.as(CADRE)).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form.replace("offline-test-1", "offline-test-2")))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("该时段已有用车申请")));
    }

    @Test
    void aVillageCadreUsesTheTownshipGovernmentsCars() throws Exception {
        String village = jdbc.sql("""
                select a.username from identity.account a join organization.unit u on u.id = a.unit_id
                where u.division_code like '620102001%' and u.kind = 'VILLAGE_COMMITTEE' order by a.username limit 1""")
                .query(String.class).single();
        long id = trips.request(village, "送医疗队下乡", trips.at(35, 9), trips.at(35, 11), 3);
        mvc.perform(get("/").with(signIn.as(LEADER))).andExpect(content().string(containsString("送医疗队下乡")));
        trips.approve(LEADER, id).andExpect(status().isOk());
    }

    @Test
    void theRequestFormExplainsMistakesInChinese() throws Exception {
        mvc.perform(post("/vehicles/requests").with(signIn.as(CADRE)).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("purpose=&passengers=0"))
                .andExpect(status().is(422)).andExpect(content().string(containsString("请填写用车事由")))
                .andExpect(content().string(containsString("乘车人数至少1人")));
        mvc.perform(post("/api/v1/car-requests").with(signIn.as(CADRE)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"x\",\"startsAt\":\"" + trips.at(36, 12).toLocalDateTime() + "\",\"endsAt\":\""
                                + trips.at(36, 9).toLocalDateTime() + "\",\"fromPlace\":\"a\",\"toPlace\":\"b\",\"passengers\":1}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.detail").value("返回时间须晚于出发时间"));
    }
}
