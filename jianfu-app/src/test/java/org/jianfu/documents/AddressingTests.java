package org.jianfu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianfu.documents.DocumentsDriver.draft;
import static org.jianfu.documents.DocumentsDriver.json;

import java.util.List;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MvcResult;

/** 行文规则: 请示 up, 通知 down, no departmental directives to lower 党委/政府 (皋兰县). */
@JianfuTest
@Import(DocumentsDriver.class)
class AddressingTests {

    @Autowired
    DocumentsDriver api;

    @Test
    void aRequestGoesUpwardOnly() throws Exception {
        long cityGov = api.unit("6201", "gov").id();
        MvcResult up = api.create("620122.gov-office.clerk", draft("REQUEST", "关于申请资金的请示", "请批示。", List.of(cityGov), false));
        assertThat(up.getResponse().getStatus()).isEqualTo(201);
        assertThat(json(api.get("620122.gov-office.clerk", "/api/v1/documents/" + json(up, "$.id")), "$.document.direction"))
                .isEqualTo("UPWARD");
        MvcResult down = api.create("620122.gov-office.clerk", draft("REQUEST", "关于申请资金的请示", "请批示。",
                List.of(api.unit("620122100", "gov").id()), false));
        assertThat(down.getResponse().getStatus()).isEqualTo(422);
        assertThat(json(down, "$.detail")).contains("请示只能主送上级机关");
    }

    @Test
    void aNoticeMayNotGoUpward() throws Exception {
        MvcResult r = api.create("620122.edu.clerk", draft("NOTICE", "关于…的通知", "正文",
                List.of(api.unit("620122", "gov").id()), false));
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        assertThat(json(r, "$.detail")).contains("不得主送上级机关");
    }

    @Test
    void departmentsAndCoordinationBodiesSendNoDirectivesToLowerLeadingOrgans() throws Exception {
        long townshipGov = api.unit("620122100", "gov").id();
        for (String issuer : List.of("620122.edu.clerk", "620122.rural-group.clerk")) {
            MvcResult r = api.create(issuer, draft("NOTICE", "关于开展检查的通知", "正文", List.of(townshipGov), false));
            assertThat(r.getResponse().getStatus()).as(issuer).isEqualTo(422);
            assertThat(json(r, "$.detail")).contains("不得向下级党委、政府");
        }
        assertThat(api.create("620122.edu.clerk", draft("LETTER", "关于商请配合的函", "正文", List.of(townshipGov), false))
                .getResponse().getStatus()).as("a letter is no directive").isEqualTo(201);
        assertThat(api.create("620122.gov-office.clerk", draft("NOTICE", "关于开展检查的通知", "正文", List.of(townshipGov), false))
                .getResponse().getStatus()).as("the government office may").isEqualTo(201);
    }
}
