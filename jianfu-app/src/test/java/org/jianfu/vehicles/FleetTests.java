package org.jianfu.vehicles;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The clerk keeps the unit's own vehicles and drivers, and nobody else's. */
@JianfuTest
class FleetTests {

    static final String CLERK = "620102011.gov.clerk";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClerkRegistersAVehicleAndADriverAndTheUsagePageShowsTheUnit() throws Exception {
        mvc.perform(post("/vehicles/fleet/vehicles").param("plate", "甘A·T0011").param("model", "比亚迪秦").param("seats", "5")
                .with(signIn.as(CLERK)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/vehicles/fleet/drivers").param("name", "马长青").param("phone", "13900001111")
                .with(signIn.as(CLERK)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/vehicles/fleet").with(signIn.as(CLERK))).andExpect(content().string(containsString("甘A·T0011")))
                .andExpect(content().string(containsString("马长青")));
        mvc.perform(post("/vehicles/fleet/vehicles").param("plate", "甘A·T0011").param("model", "比亚迪秦").param("seats", "5")
                .with(signIn.as(CLERK)).with(csrf())).andExpect(status().is(422)).andExpect(content().string(containsString("已登记")));
        mvc.perform(post("/vehicles/fleet/vehicles").param("plate", "ABC").param("model", "x").param("seats", "5")
                .with(signIn.as(CLERK)).with(csrf())).andExpect(status().is(422)).andExpect(content().string(containsString("车牌号格式不正确")));
        mvc.perform(get("/vehicles/usage").with(signIn.as(CLERK))).andExpect(status().isOk())
                .andExpect(content().string(containsString("用车统计")));
    }

    @Test
    void nobodyTouchesAnotherUnitsFleetOrUsage() throws Exception {
        long otherVehicle = jdbc.sql("""
                select v.id from vehicles.vehicle v join organization.unit u on u.id = v.unit_id
                where u.division_code = '620103' order by v.id limit 1""").query(Long.class).single();
        long otherUnit = jdbc.sql("select unit_id from vehicles.vehicle where id = ?").param(otherVehicle).query(Long.class).single();
        mvc.perform(post("/vehicles/fleet/vehicles/" + otherVehicle + "/retire").with(signIn.as(CLERK)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/vehicles/fleet").with(signIn.as("620102011.gov.leader"))).andExpect(status().isForbidden());
        mvc.perform(get("/vehicles/usage?unitId=" + otherUnit).with(signIn.as(CLERK))).andExpect(status().isNotFound());
        mvc.perform(get("/vehicles/usage?unitId=" + otherUnit).with(signIn.as("jfb.620103"))).andExpect(status().isOk());
        mvc.perform(get("/vehicles/usage").with(signIn.as("jfb.6201"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("七里河区")));
    }
}
