package org.jianfu.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jianfu.documents.DocumentIssued;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.jianfu.testing.SignIn;
import com.jayway.jsonpath.JsonPath;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A document issued to a township, two of its villages and a county unit lands as burden on the three
 * grassroots units only, and is added to the rollups of every division above them, once, however often
 * the event is delivered. Year 2031 keeps these figures apart from the demo data.
 */
@JianfuTest
class BurdenRollupTests {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired MockMvc mvc;
    @Autowired SignIn signIn;

    @Test
    void anIssuedDocumentLandsOnEachGrassrootsRecipientAndEveryAreaAbove() throws Exception {
        Unit county = unit("620123", "edu");
        Unit township = unit("620123101", "gov");
        List<Unit> villages = organization.children("620123101").stream().limit(2)
                .map(v -> organization.unitsOf(v.code()).getFirst()).toList();
        var issued = new DocumentIssued(9_100_001L, county.id(), "榆教发〔2031〕1号", "通知", true, 3000,
                List.of(township.id(), villages.get(0).id(), villages.get(1).id(), unit("620123", "finance").id()),
                Instant.parse("2031-03-10T02:00:00Z"));
        transaction.executeWithoutResult(s -> events.publishEvent(issued));
        transaction.executeWithoutResult(s -> events.publishEvent(issued));   // delivered twice
        await().atMost(Duration.ofSeconds(20)).until(() -> received("620123", false) == 3);

        assertThat(received("620123101", true)).isEqualTo(1);                // the township's own units
        assertThat(received("620123101", false)).isEqualTo(3);               // township and its villages
        assertThat(received(villages.get(0).divisionCode(), true)).isEqualTo(1);
        assertThat(received("6201", false)).isEqualTo(3);
        assertThat(received("62", false)).isEqualTo(3);
        assertThat(jdbc.sql("select sum(measure) from monitoring.received_month where division_code = '62' and month = '2031-03-01'")
                .query(Double.class).single()).isEqualTo(9000.0);
        assertThat(jdbc.sql("select count from monitoring.issued_month where unit_id = ? and month = '2031-03-01' and kind = 'DOCUMENT'")
                .param(county.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from monitoring.burden_fact where source = 'documents' and source_id = '9100001'")
                .query(Long.class).single()).isEqualTo(3);

        // the dashboard of the township for 2031: each recipient got 1 document of 3,000 characters,
        // 1 × 1.0 + 3 × 0.2 = 1.6 points in the year, 1.6 / 12 = 0.13 per month
        String json = mvc.perform(get("/api/v1/monitoring/areas/620123101").param("year", "2031").with(signIn.as("jfb.620123")))
                .andReturn().getResponse().getContentAsString();
        var areas = JsonPath.parse(json);
        assertThat(areas.read("$.tables[?(@.key == 'areas')].rows[0][0]", List.class)).containsExactly("夏官营镇（本级）");
        assertThat(areas.read("$.tables[?(@.key == 'areas')].rows[0][1]", List.class)).containsExactly(0.13);
        assertThat(areas.read("$.tables[?(@.key == 'areas')].rows[1][1]", List.class)).containsExactly(0.13);
        long divisions = 1 + organization.children("620123101").size();
        assertThat(areas.read("$.index", Double.class)).isEqualTo(Math.round(4.8 / divisions / 12 * 100) / 100.0);
        assertThat(areas.read("$.grassroots", Long.class)).isEqualTo(divisions);
    }

    @Test
    void aReuseCheckCountsOnceForItsIssuingUnitAndFillsTheCopyingTable() throws Exception {
        Unit county = unit("620123", "agri");
        var checked = new org.jianfu.reuse.DocumentReuseChecked(9_100_002L, county.id(), 2031, 0.82, 0.8, "HIGHER", true);
        transaction.executeWithoutResult(s -> events.publishEvent(checked));
        transaction.executeWithoutResult(s -> events.publishEvent(checked));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from monitoring.copy_check_month where unit_id = ?").param(county.id()).query(Long.class).single() == 1);
        String json = mvc.perform(get("/api/v1/monitoring/areas/620123").param("year", "2031").with(signIn.as("jfb.620123")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.parse(json).read("$.tables[?(@.key == 'copying')].rows[0]", List.class).toString())
                .contains(county.name()).contains("1,1,100.0");
    }

    private long received(String code, boolean own) {
        return jdbc.sql("select coalesce(sum(count), 0) from monitoring.received_month where division_code = ? and own = ?"
                        + " and month = '2031-03-01' and kind = 'DOCUMENT'").params(code, own).query(Long.class).single();
    }

    private Unit unit(String division, String key) {
        return organization.unitsOf(division).stream().filter(u -> u.unitKey().equals(key)).findFirst().orElseThrow();
    }
}
