package org.jianfu.vehicles;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jianfu.testing.SignIn;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Car-request steps for tests, through the REST API as the given demo account. */
final class CarTrips {

    private final MockMvc mvc;
    private final SignIn signIn;
    private final JdbcClient jdbc;

    CarTrips(MockMvc mvc, SignIn signIn, JdbcClient jdbc) {
        this.mvc = mvc;
        this.signIn = signIn;
        this.jdbc = jdbc;
    }

    /** A time some days ahead, Beijing time; each test uses its own days so tests never collide. */
    ZonedDateTime at(int daysAhead, int hour) {
        return TripDays.day(daysAhead).atTime(hour, 0).atZone(ZoneId.of("Asia/Shanghai"));
    }

    long request(String username, String purpose, ZonedDateTime from, ZonedDateTime to, int passengers) throws Exception {
        String body = """
                {"purpose":"%s","startsAt":"%s","endsAt":"%s","fromPlace":"乡政府","toPlace":"村委会","passengers":%d}"""
                .formatted(purpose, from.toLocalDateTime(), to.toLocalDateTime(), passengers);
        String json = mvc.perform(post("/api/v1/car-requests").with(signIn.as(username)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    ResultActions approve(String username, long id) throws Exception {
        return mvc.perform(post("/api/v1/car-requests/" + id + "/approve").with(signIn.as(username)).with(csrf()));
    }

    ResultActions dispatch(String username, long id, long vehicleId, long driverId) throws Exception {
        return mvc.perform(post("/api/v1/car-requests/" + id + "/dispatch").with(signIn.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"vehicleId\":" + vehicleId + ",\"driverId\":" + driverId + "}"));
    }

    /** The first vehicle and driver of the account's unit: {vehicleId, driverId}. */
    long[] freeCarOf(String username) throws Exception {
        long unitId = jdbc.sql("select unit_id from identity.account where username = ?").param(username).query(Long.class).single();
        String json = mvc.perform(get("/api/v1/units/" + unitId + "/fleet").with(signIn.as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new long[] {((Number) JsonPath.read(json, "$.vehicles[0].id")).longValue(),
            ((Number) JsonPath.read(json, "$.drivers[0].id")).longValue()};
    }

    String state(long id) {
        return jdbc.sql("select state from vehicles.car_request where id = ?").param(id).query(String.class).single();
    }
}
