package org.jianfu.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every chart, table, export and report endpoint of monitoring: a county 减负办 reads its county and
 * its townships, gets 404 for the neighbour county, the prefecture and the province; clerks and
 * cadres get 403; the administrator reads the province. A 减负办 reaches one township in three clicks.
 */
@JianfuTest
class MonitoringScopeTests {

    @Autowired MockMvc mvc;
    @Autowired SignIn signIn;
    @Autowired RequestMappingHandlerMapping mappings;

    @Test
    void everyMonitoringEndpointKeepsToTheBurdenOfficesSubtree() throws Exception {
        List<String> patterns = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.contains("/monitoring/areas/{code}")).forEach(patterns::add));
        assertThat(patterns).hasSizeGreaterThanOrEqualTo(5);
        for (String pattern : patterns) {
            String own = url(pattern, "620102");
            assertThat(status(own, "jfb.620102")).as(own).isEqualTo(200);
            assertThat(status(url(pattern, "620102001"), "jfb.620102")).as(pattern).isEqualTo(200);
            assertThat(status(url(pattern, "620102"), "jfb.6201")).as(pattern).isEqualTo(200);
            for (String outside : List.of("620103", "6201", "62", "6202", "620102999", "x")) {
                var response = mvc.perform(get(url(pattern, outside)).with(signIn.as("jfb.620102"))).andReturn().getResponse();
                assertThat(response.getStatus()).as(pattern + " " + outside).isEqualTo(404);
                assertThat(response.getContentAsString()).doesNotContain("七里河区");
            }
            assertThat(status(url(pattern, "620103"), "jfb.6202")).as(pattern).isEqualTo(404);
            for (String other : List.of("620102.gov-office.clerk", "620102.gov-office.leader", "620102001.gov.cadre")) {
                assertThat(status(own, other)).as(pattern + " " + other).isEqualTo(403);
            }
            assertThat(status(url(pattern, "62"), "admin")).as(pattern).isEqualTo(200);
        }
    }

    @Test
    void aProvinceOfficeReachesATownshipInThreeClicks() throws Exception {
        var start = mvc.perform(get("/monitoring").with(signIn.as("jfb.62"))).andReturn().getResponse();
        assertThat(start.getRedirectedUrl()).isEqualTo("/monitoring/areas/62");
        // the dashboard opens on the clock's year (2026 in tests); 2019 is one tap away on the year switch
        assertThat(page("/monitoring/areas/62")).contains("href=\"/monitoring/areas/6201?year=2026\"")
                .contains("href=\"/monitoring/areas/62?year=2019\"");
        assertThat(page("/monitoring/areas/62?year=2019")).contains("href=\"/monitoring/areas/6201?year=2019\"");        // click 1
        assertThat(page("/monitoring/areas/6201?year=2019")).contains("href=\"/monitoring/areas/620102?year=2019\"");  // click 2
        assertThat(page("/monitoring/areas/620102?year=2019")).contains("href=\"/monitoring/areas/620102001?year=2019\""); // click 3
        String township = page("/monitoring/areas/620102001?year=2019");
        assertThat(township).contains("减负监测").contains("负担指数").contains("暂无数据");
    }

    private String page(String url) throws Exception {
        var response = mvc.perform(get(url).with(signIn.as("jfb.62"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(String url, String user) throws Exception {
        return mvc.perform(get(url).with(signIn.as(user))).andReturn().getResponse().getStatus();
    }

    private static String url(String pattern, String code) {
        return pattern.replace("{code}", code).replace("{table}", "areas").replace("{format}", "xlsx");
    }
}
