package org.jianfu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * No role of one county reads anything of another county, through any endpoint: every GET route
 * with a path variable is called with the other county's division code or unit id.
 */
@JianfuTest
class ScopeTests {

    static final String CHENGGUAN_CLERK = "620102.gov-office.clerk";
    static final String QILIHE = "620103";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    Organization organization;

    @Autowired
    RequestMappingHandlerMapping mappings;

    /** Every non-administrator role in 城关区, from the county office down to a township cadre. */
    static final java.util.List<String> CHENGGUAN_ROLES = java.util.List.of(CHENGGUAN_CLERK, "620102.gov-office.leader",
            "jfb.620102", "620102001.gov.cadre", "620102001.gov.clerk");

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.FieldSource("CHENGGUAN_ROLES")
    void noRoleOfOneCountyReadsAnotherCountyThroughAnyEndpoint(String username) throws Exception {
        Unit otherUnit = organization.unitsOf(QILIHE).getFirst();
        Map<String, String> values = Map.of("code", QILIHE, "unitId", String.valueOf(otherUnit.id()),
                "id", String.valueOf(otherUnit.id()));
        List<String> called = new ArrayList<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (!info.getMethodsCondition().getMethods().isEmpty()
                    && !info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.contains("{")) {
                    continue;
                }
                String url = fill(pattern, values);
                if (url == null) {
                    continue;
                }
                MvcResult result = mvc.perform(get(url).with(signIn.as(username))).andReturn();
                called.add(url);
                assertThat(result.getResponse().getStatus()).as(username + " " + url).isIn(403, 404);
                assertThat(result.getResponse().getContentAsString()).as(url)
                        .doesNotContain("七里河区").doesNotContain(otherUnit.name());
            }
        }
        assertThat(called).contains("/api/v1/divisions/620103", "/api/v1/units/" + otherUnit.id());
    }

    @Test
    void aCountyClerkReadsItsOwnCountyAndUnit() throws Exception {
        Unit own = organization.unitsOf("620102").getFirst();
        assertThat(status("/api/v1/divisions/620102", CHENGGUAN_CLERK)).isEqualTo(200);
        assertThat(status("/api/v1/units/" + own.id(), CHENGGUAN_CLERK)).isEqualTo(200);
        assertThat(status("/api/v1/divisions/620102001/units", CHENGGUAN_CLERK)).isEqualTo(200);
    }

    @Test
    void aCountyBurdenOfficeSeesItsSubtreeButNotTheNeighbourOrTheProvince() throws Exception {
        assertThat(status("/organization/divisions/620102001", "jfb.620102")).isEqualTo(200);
        assertThat(status("/organization/divisions/620103", "jfb.620102")).isEqualTo(404);
        assertThat(status("/organization/divisions/62", "jfb.620102")).isEqualTo(404);
        Unit township = organization.unitsOf("620102001").getFirst();
        assertThat(status("/api/v1/units/" + township.id() + "/accounts", "jfb.620102")).isEqualTo(200);
        assertThat(status("/api/v1/units/" + organization.unitsOf(QILIHE).getFirst().id() + "/accounts", "jfb.620102"))
                .isEqualTo(404);
    }

    @Test
    void onlyAdministratorsAndBurdenOfficesUseTheOrgBrowser() throws Exception {
        assertThat(status("/organization/divisions/620102", CHENGGUAN_CLERK)).isEqualTo(403);
        assertThat(status("/organization/divisions/6201", "admin")).isEqualTo(200);
    }

    private int status(String url, String username) throws Exception {
        return mvc.perform(get(url).with(signIn.as(username))).andReturn().getResponse().getStatus();
    }

    private static String fill(String pattern, Map<String, String> values) {
        String url = pattern;
        for (var v : values.entrySet()) {
            url = url.replace("{" + v.getKey() + "}", v.getValue());
        }
        return url.contains("{") ? null : url;
    }
}
