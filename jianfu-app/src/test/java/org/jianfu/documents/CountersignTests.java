package org.jianfu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianfu.documents.DocumentsDriver.draft;
import static org.jianfu.documents.DocumentsDriver.json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** 会签 before 签发 (皋兰县): peer units countersign with opinions, in order or in parallel, and may return the draft. */
@JianfuTest
class CountersignTests {

    static final String CLERK = "620122.gov-office.clerk";
    static final String LEADER = "620122.gov-office.leader";
    static final String FINANCE = "620122.finance.leader";
    static final String AGRI = "620122.agri.clerk";

    @Autowired
    DocumentsDriver api;

    long drafted(String title) throws Exception {
        long id = api.createOk(CLERK, draft("NOTICE", title, "各乡镇：请做好资金拨付和项目实施。",
                List.of(api.townshipGovernment("620122").id()), false));
        api.stepOk(CLERK, id, "submit");
        return id;
    }

    MvcResult review(long id, String units, boolean inOrder) throws Exception {
        return api.post(LEADER, "/api/v1/documents/" + id + "/pass-review",
                "{\"comment\":\"同意，请财政局、农业农村局会签\",\"countersignUnitIds\":[%s],\"inOrder\":%s}".formatted(units, inOrder));
    }

    String units() {
        return api.unit("620122", "finance").id() + "," + api.unit("620122", "agri").id();
    }

    String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void peerUnitsCountersignInOrderThenTheLeaderSigns() throws Exception {
        long id = drafted("关于下达高标准农田建设补助资金的通知");
        MvcResult reviewed = review(id, units(), true);
        assertThat(reviewed.getResponse().getStatus()).as(body(reviewed)).isEqualTo(200);
        assertThat(json(reviewed, "$.document.state")).isEqualTo("COUNTERSIGN");
        assertThat(body(api.get(FINANCE, "/"))).as("the first party's 待办").contains("待会签");
        assertThat(body(api.get(AGRI, "/"))).as("not the second's turn yet").doesNotContain("关于下达高标准农田建设补助资金的通知");

        MvcResult early = api.step(AGRI, id, "countersign", "同意");
        assertThat(body(early)).contains("按顺序会签");
        assertThat(body(api.step(FINANCE, id, "countersign", " "))).contains("请填写会签意见");
        assertThat(api.step(FINANCE, id, "countersign", "资金已列入预算，同意").getResponse().getStatus()).isEqualTo(200);
        assertThat(api.step(LEADER, id, "sign", "同意").getResponse().getStatus()).as("not before every party").isEqualTo(422);
        MvcResult last = api.step(AGRI, id, "countersign", "同意，项目清单已核对");
        assertThat(json(last, "$.document.state")).isEqualTo("SIGNING");
        api.stepOk(LEADER, id, "sign");

        MvcResult sheet = api.get(CLERK, "/api/v1/documents/" + id + "/sheet");
        assertThat(json(sheet, "$.sheet.countersigns[*].opinion")).contains("资金已列入预算，同意").contains("项目清单已核对");
        assertThat(body(api.get(LEADER, "/documents/" + id))).contains("会签").contains("已会签");
    }

    @Test
    void aPartyReturnsTheDraftWithAReasonAndOnlyPeerUnitsMayBeAsked() throws Exception {
        long id = drafted("关于做好农村公路养护资金使用的通知");
        MvcResult outside = review(id, String.valueOf(api.unit("620102", "finance").id()), false);
        assertThat(body(outside)).contains("会签单位须为本级其他单位");
        assertThat(json(review(id, units(), false), "$.document.state")).isEqualTo("COUNTERSIGN");
        assertThat(body(api.get(AGRI, "/documents/" + id))).as("a party reads the draft and may countersign")
                .contains("name=\"phrase\"").contains("退回起草单位");
        assertThat(api.step("620122.edu.clerk", id, "countersign", "同意").getResponse().getStatus())
                .as("a unit not asked cannot even see it").isEqualTo(404);
        MvcResult returned = api.step(AGRI, id, "return", "资金来源表述不准确，请修改");
        assertThat(json(returned, "$.document.state")).isEqualTo("DRAFT");
        assertThat(body(api.get(CLERK, "/api/v1/documents/" + id))).contains("资金来源表述不准确");
    }
}
