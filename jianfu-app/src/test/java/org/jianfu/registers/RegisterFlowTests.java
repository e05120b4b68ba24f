package org.jianfu.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** New register entries need a reason and approval; counts vs 2018; tasks checked against a township's duty list; scope. */
@JianfuTest
class RegisterFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    Organization organization;

    @Autowired
    Registers registers;

    MvcResult postJson(String url, String user, String body) throws Exception {
        return mvc.perform(post(url).with(signIn.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
    }

    long townshipGov(String township) {
        return organization.unitsOf(township).stream().filter(u -> u.kind() == UnitKind.GOVERNMENT).map(Unit::id).findFirst().orElseThrow();
    }

    @Test
    void aPledgeNeedsAReasonAndTheBurdenOfficesApprovalBeforeItCounts() throws Exception {
        long gov = townshipGov("620103001");
        String noReason = "{\"kind\":\"PLEDGE\",\"title\":\"2027年控辍保学责任书\",\"reason\":\"\",\"counterpartUnitIds\":[%d],\"year\":2027}".formatted(gov);
        MvcResult refused = postJson("/api/v1/registers/entries", "620103.edu.clerk", noReason);
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("须写明理由");

        MvcResult created = postJson("/api/v1/registers/entries", "620103.edu.clerk", noReason.replace("\"reason\":\"\"", "\"reason\":\"省教育厅专项部署要求\""));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        long id = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
        assertThat(registers.countsBelow("620103", 2027)).filteredOn(c -> c.kind() == RegisterKind.PLEDGE)
                .extracting(RegisterCount::count).containsExactly(0);
        assertThat(postJson("/api/v1/registers/entries/" + id + "/decision", "jfb.620102", "{\"approve\":true}").getResponse().getStatus()).isEqualTo(404);
        assertThat(postJson("/api/v1/registers/entries/" + id + "/decision", "jfb.620103", "{\"approve\":true}").getResponse().getStatus()).isEqualTo(200);
        assertThat(registers.countsBelow("620103", 2027)).filteredOn(c -> c.kind() == RegisterKind.PLEDGE)
                .extracting(RegisterCount::count).containsExactly(1);
        // the township that signs sees it; another county does not
        assertThat(mvc.perform(get("/api/v1/registers/entries/" + id).with(signIn.as("620103001.gov.cadre"))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/registers/entries/" + id).with(signIn.as("620102.edu.clerk"))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void secondmentsNameThePersonTheLendingUnitAndThePeriod() throws Exception {
        MvcResult r = postJson("/api/v1/registers/entries", "6201.org.clerk",
                "{\"kind\":\"SECONDMENT\",\"title\":\"借调\",\"reason\":\"专项工作需要人手\",\"counterpartUnitIds\":[],\"year\":2027}");
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        assertThat(r.getResponse().getContentAsString()).contains("借调须写明被借调人员").contains("借调须选择一个借出单位").contains("借调须写明起止日期");
    }

    @Test
    void the2019DemoCountsAreBelowThe2018Baseline() {
        List<RegisterCount> counts = registers.countsBelow("6201", 2019);
        assertThat(counts).hasSize(4).allSatisfy(c -> assertThat(c.count()).isLessThan(c.baseCount()));
    }

    @Test
    void aTaskOffTheTownshipsDutyListIsFlaggedAndOneOnItPasses() throws Exception {
        String on = postJson("/api/v1/registers/duties/620102001/tasks", "620102.emergency.clerk", "{\"task\":\"开展春季森林草原防火巡查\"}")
                .getResponse().getContentAsString();
        assertThat(JsonPath.<Boolean>read(on, "$.onList")).isTrue();
        String off = postJson("/api/v1/registers/duties/620102001/tasks", "620102.eco.clerk", "{\"task\":\"环保行政执法\"}")
                .getResponse().getContentAsString();
        assertThat(JsonPath.<Boolean>read(off, "$.onList")).isFalse();
        assertThat(mvc.perform(get("/registers/duties/620102001").with(signIn.as("620102.eco.clerk"))).andReturn().getResponse()
                .getContentAsString()).contains("上级收回事项").contains("森林草原防火巡查");
        assertThat(mvc.perform(get("/api/v1/registers/duties/620103001").with(signIn.as("620102.eco.clerk"))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(postJson("/api/v1/registers/duties/620102001/tasks", "620102001.gov.clerk", "{\"task\":\"x\"}").getResponse().getStatus()).isEqualTo(422);
    }
}
