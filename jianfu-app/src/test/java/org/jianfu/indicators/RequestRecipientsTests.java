package org.jianfu.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.List;
import org.jianfu.indicators.internal.requests.Sending;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The request page names who gets the request, before it is sent as well as after. */
@JianfuTest
class RequestRecipientsTests {

    static final YearMonth MONTH = YearMonth.of(2032, 3);
    static final String TOWNSHIP = "620102011";

    @Autowired IndicatorDesk desk;
    @Autowired Sending sending;
    @Autowired MockMvc mvc;
    @Autowired SignIn signIn;

    @Test
    void aDraftNamesTheAreaAndHowManyUnitsItWillGoTo() throws Exception {
        long id = desk.draft("620102.civil", "测试：收件单位", TOWNSHIP, "VILLAGE", MONTH,
                List.of(IndicatorDesk.field("低保户数", "户", "MONTHLY")));
        int villages = sending.targets(TOWNSHIP, DivisionLevel.VILLAGE).size();
        assertThat(villages).isPositive();

        mvc.perform(get("/indicators/requests/" + id).with(signIn.as("620102.civil.clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("靖远路街道各村（社区）")))
                .andExpect(content().string(containsString("将发往 " + villages + " 个单位")))
                .andExpect(content().string(not(containsString(" 0 个单位"))));
    }

    @Test
    void aSentRequestCountsTheUnitsItWentTo() throws Exception {
        long id = desk.send("620102.civil", "测试：已下发的收件单位", TOWNSHIP, "VILLAGE", MONTH,
                List.of(IndicatorDesk.field("困难群众人数", "人", "MONTHLY")));
        int villages = sending.targets(TOWNSHIP, DivisionLevel.VILLAGE).size();

        mvc.perform(get("/indicators/requests/" + id).with(signIn.as("620102.civil.clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("各村（社区） · " + villages + " 个单位")));
    }
}
