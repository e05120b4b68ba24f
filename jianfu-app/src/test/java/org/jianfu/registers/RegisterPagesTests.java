package org.jianfu.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The register pages render: counts vs 2018, pending approvals, the new-entry form. */
@JianfuTest
class RegisterPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    String page(String url, String user) throws Exception {
        MvcResult r = mvc.perform(get(url).with(signIn.as(user))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    @Test
    void countsPendingEntriesAndTheFormRender() throws Exception {
        assertThat(page("/registers", "jfb.620102")).contains("责任书/责任状").contains("基数").contains("2019年秸秆禁烧责任状")
                .contains("乡镇履职事项清单");
        assertThat(page("/registers/entries/new", "620102.gov.clerk")).contains("理由").contains("借调");
    }
}
