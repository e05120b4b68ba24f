package org.jianfu.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A village fills one form per month: fields of several departments judged the same appear once
 * and answer every request; values it gave are prefilled; a replayed submission saves once.
 */
@JianfuTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FillOnceTests {

    static final String TOWNSHIP = "620102001";
    static final String CADRE = "620102001001.cadre";
    static final YearMonth MARCH = YearMonth.of(2031, 3);

    @Autowired
    IndicatorDesk desk;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    FormBurdens burdens;

    @BeforeAll
    void threeDepartmentsAskTheSameVillages() {
        desk.send("620102.civil", "测试一表通：民政", TOWNSHIP, "VILLAGE", MARCH, List.of(
                IndicatorDesk.field("低保户数", "户", "MONTHLY"), IndicatorDesk.field("户籍人口", "人", "YEARLY")));
        desk.send("620102.stats", "测试一表通：统计", TOWNSHIP, "VILLAGE", MARCH, List.of(
                IndicatorDesk.field("最低生活保障户数", "户", "MONTHLY"), IndicatorDesk.field("常住人口", "人", "YEARLY"),
                IndicatorDesk.field("耕地面积", "亩", "YEARLY")));
        desk.send("620102.agri", "测试一表通：农业", TOWNSHIP, "VILLAGE", MARCH, List.of(
                IndicatorDesk.field("耕地面积", "公顷", "YEARLY")));
    }

    @Test
    void sameFieldsAppearOnceAndOneAnswerServesEveryRequest(ApplicationEvents events) throws Exception {
        String json = form(MARCH);
        assertThat(JsonPath.<List<Object>>read(json, "$.requests")).hasSize(3);
        List<Map<String, Object>> items = JsonPath.read(json, "$.items");
        assertThat(items).extracting(i -> i.get("name"))
                .containsExactlyInAnyOrder("低保户数", "户籍人口", "常住人口", "耕地面积");
        assertThat(members(items, "低保户数")).hasSize(2);
        assertThat(members(items, "耕地面积")).hasSize(2);

        mvc.perform(post("/api/v1/forms/" + MARCH).with(signIn.as(CADRE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(answers(json, 0, "12", "860", "790", "150")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        assertThat(events.stream(FormSubmitted.class).filter(e -> e.period().equals(MARCH)))
                .singleElement().satisfies(e -> {
                    assertThat(e.fieldsRequested()).isEqualTo(6);
                    assertThat(e.fieldsFilled()).isEqualTo(4);
                    assertThat(e.forms()).isEqualTo(3);
                });

        // the offline queue retrying the same submission saves nothing new
        mvc.perform(post("/api/v1/forms/" + MARCH).with(signIn.as(CADRE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(answers(json, 0, "12", "860", "790", "150")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.replayed").value(true));
        // a different change from the outdated version is a conflict
        mvc.perform(post("/api/v1/forms/" + MARCH).with(signIn.as(CADRE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(answers(json, 0, "13", "860", "790", "150")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("请刷新页面")));

        String after = form(MARCH);
        assertThat(JsonPath.<List<String>>read(after, "$.items[?(@.name == '低保户数')].prefill")).containsExactly("12");
        assertThat(JsonPath.<Boolean>read(after, "$.submitted")).isTrue();
        long unitId = desk.actor(CADRE).unitId();
        FormBurden burden = burdens.of(unitId, MARCH);
        assertThat(burden.fieldsRequested()).isEqualTo(6);
        assertThat(burden.forms()).isEqualTo(3);
        assertThat(burden.submissions()).isEqualTo(1);
        assertThat(burden.fieldsSaved()).isEqualTo(2);
        assertThat(burdens.below(TOWNSHIP.substring(0, 2) + ".6201.620102." + TOWNSHIP, MARCH))
                .anySatisfy(b -> assertThat(b.unitId()).isEqualTo(unitId));
    }

    @Test
    void slowMovingValuesArePrefilledNextYearAndMonthlyOnesAreNot() throws Exception {
        YearMonth may = YearMonth.of(2033, 5);
        desk.send("620102.civil", "测试一表通：户籍年报", TOWNSHIP, "VILLAGE", may, List.of(
                IndicatorDesk.field("户籍人口", "人", "YEARLY"), IndicatorDesk.field("低保户数", "户", "MONTHLY")));
        String earlier = form(may);
        String huji = JsonPath.<List<String>>read(earlier, "$.items[?(@.name == '户籍人口')].key").getFirst();
        String dibao = JsonPath.<List<String>>read(earlier, "$.items[?(@.name == '低保户数')].key").getFirst();
        mvc.perform(post("/api/v1/forms/" + may).with(signIn.as(CADRE)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"values\":{\"" + huji + "\":\"905\",\"" + dibao + "\":\"7\"}}"))
                .andExpect(status().isOk());

        YearMonth february = YearMonth.of(2034, 2);
        desk.send("620102.civil", "测试一表通：次年民政", TOWNSHIP, "VILLAGE", february, List.of(
                IndicatorDesk.field("户籍总人口", "人", "YEARLY"), IndicatorDesk.field("低保户数", "户", "MONTHLY")));
        String json = form(february);
        assertThat(JsonPath.<List<String>>read(json, "$.items[?(@.name == '户籍总人口')].prefill")).containsExactly("905");
        assertThat(JsonPath.<List<String>>read(json, "$.items[?(@.name == '户籍总人口')].prefillNote"))
                .containsExactly("2033年数据，请核对");
        assertThat(JsonPath.<List<Object>>read(json, "$.items[?(@.name == '低保户数')].prefill")).containsExactly((Object) null);

        mvc.perform(get("/indicators/forms/" + february).with(signIn.as(CADRE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-offline=\"queue\"")))
                .andExpect(content().string(containsString("inputmode=\"numeric\"")))
                .andExpect(content().string(containsString("已预填")))
                .andExpect(content().string(containsString("value=\"905\"")));
        mvc.perform(get("/").with(signIn.as(CADRE)))
                .andExpect(content().string(containsString("2034年2月 一表通填报")));
    }

    @Test
    void wrongValuesAreShownUnderTheFieldInPlainChineseAndNothingIsSaved() throws Exception {
        YearMonth june = YearMonth.of(2031, 6);
        desk.send("620102.emergency", "测试一表通：应急", TOWNSHIP, "VILLAGE", june, List.of(
                IndicatorDesk.field("测试应急演练次数", "次", "MONTHLY")));
        String json = form(june);
        String key = JsonPath.<List<String>>read(json, "$.items[*].key").getFirst();
        mvc.perform(post("/indicators/forms/" + june).with(signIn.as(CADRE)).with(csrf())
                        .param("version", "0").param("f." + key, "三次"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("应填写整数，如 120")));
        mvc.perform(post("/indicators/forms/" + june).with(signIn.as(CADRE)).with(csrf())
                        .param("version", "0").param("f." + key, "-1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不能小于 0")));
        assertThat(JsonPath.<Integer>read(form(june), "$.version")).isZero();
        mvc.perform(post("/indicators/forms/" + june).with(signIn.as(CADRE)).with(csrf())
                        .param("version", "0").param("f." + key, "3"))
                .andExpect(status().is3xxRedirection());
        assertThat(JsonPath.<Integer>read(form(june), "$.version")).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> members(List<Map<String, Object>> items, String name) {
        return items.stream().filter(i -> name.equals(i.get("name"))).findFirst()
                .map(i -> (List<Object>) i.get("members")).orElseThrow(() -> new AssertionError(items.toString()));
    }

    private String form(YearMonth month) throws Exception {
        return mvc.perform(get("/api/v1/forms/" + month).with(signIn.as(CADRE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Values for 低保户数, 户籍人口, 常住人口, 耕地面积 (in the item's unit), by item key. */
    private static String answers(String json, int version, String dibao, String huji, String changzhu, String land) {
        Map<String, String> byName = Map.of("低保户数", dibao, "户籍人口", huji, "常住人口", changzhu, "耕地面积", land);
        StringBuilder values = new StringBuilder();
        for (Map<String, Object> item : JsonPath.<List<Map<String, Object>>>read(json, "$.items")) {
            if (!values.isEmpty()) {
                values.append(',');
            }
            values.append('"').append(item.get("key")).append("\":\"").append(byName.get((String) item.get("name"))).append('"');
        }
        return "{\"version\":" + version + ",\"values\":{" + values + "}}";
    }
}
