package org.jianfu.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import org.jianfu.indicators.internal.registry.Registry;
import org.jianfu.indicators.matching.IndicatorRegistrySeed;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@JianfuTest
class RegistryTests {

    @Autowired
    Registry registry;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Test
    void theSeedIsImportedOnFirstStartWithDepartmentKeys() {
        assertThat(registry.count()).isGreaterThanOrEqualTo(IndicatorRegistrySeed.load().size());
        var entry = registry.byCode("RK-002").orElseThrow();
        assertThat(entry.indicator().name()).isEqualTo("常住人口");
        assertThat(entry.departmentKey()).isEqualTo("stats");
        assertThat(entry.seeded()).isTrue();
    }

    @Test
    void everyoneSearchesTheRegistryByNameOrAlias() throws Exception {
        mvc.perform(get("/indicators/registry").param("q", "户籍总人口").with(signIn.as("620102001001.cadre")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("户籍人口")));
        mvc.perform(get("/api/v1/indicators").param("q", "RK-001").with(signIn.as("620102.civil.clerk")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].indicator.name").value("户籍人口"));
    }

    @Test
    void theProvinceBurdenOfficeAddsAnIndicatorButNotASecondNameForOne() throws Exception {
        String json = """
                {"name":"%s","definition":"测试","unitOfMeasure":"%s","period":"YEARLY","level":"VILLAGE",
                 "department":"民政局","dataType":"INTEGER","min":"0","max":"","aliases":""}""";
        mvc.perform(post("/api/v1/indicators").with(signIn.as("jfb.62")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.formatted("最低生活保障户数", "户")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("指标库已有相同指标")));
        mvc.perform(post("/api/v1/indicators").with(signIn.as("jfb.62")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.formatted("村级互助养老幸福院床位数", "张")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.indicator.code").value(containsString("ZD-")));
        mvc.perform(post("/api/v1/indicators").with(signIn.as("jfb.620102")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.formatted("测试县级新增指标", "个")))
                .andExpect(status().isForbidden());
    }
}
