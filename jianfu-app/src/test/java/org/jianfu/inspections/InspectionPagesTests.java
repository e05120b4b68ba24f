package org.jianfu.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The inspection pages render for a department, a 减负办 and a township. */
@JianfuTest
class InspectionPagesTests {

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
    void departmentOfficeAndTownshipSeeTheirPart() throws Exception {
        assertThat(page("/inspections", "620102.edu.clerk")).contains("本部门年度计划").contains("编制计划事项");
        assertThat(page("/inspections/plan-items/new", "620102.edu.clerk")).contains("检查对象").contains("留痕");
        assertThat(page("/inspections", "jfb.620102")).contains("待审批备案的计划").contains("生态环境局");
        assertThat(page("/inspections", "620102001.gov.cadre")).contains("本单位接待或开展的检查");
    }
}
