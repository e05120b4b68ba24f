package org.jianfu.documents.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianfu.documents.DocumentsDriver.draft;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.jianfu.documents.DocumentsDriver;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** 公文检索 over the API and the page: scope, ranking, filters, bad input (红古区 and 七里河区). */
@JianfuTest
class DocumentSearchTests {

    static final String HONGGU_CLERK = "620111.gov-office.clerk";
    static final String HONGGU_LEADER = "620111.gov-office.leader";
    static final String QILIHE_CLERK = "620103.gov-office.clerk";

    @Autowired
    DocumentsDriver api;

    List<Long> ids(String username, String query) throws Exception {
        MvcResult r = api.get(username, "/api/v1/documents/search?" + query);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        List<Number> ids = JsonPath.read(r.getResponse().getContentAsString(), "$.hits[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    long township() {
        return api.townshipGovernment("620111").id();
    }

    String townshipCadre() {
        return api.townshipGovernment("620111").divisionCode() + ".gov.cadre";
    }

    @Test
    void aDraftIsFoundByItsOwnUnitOnlyAndAnIssuedDocumentByItsRecipients() throws Exception {
        long draftId = api.createOk(HONGGU_CLERK, draft("NOTICE", "关于凤栖梧桐工程的通知", "各乡镇：凤栖梧桐工程要稳步推进。",
                List.of(township()), false));
        assertThat(ids(HONGGU_CLERK, "q=凤栖梧桐")).containsExactly(draftId);
        assertThat(ids(QILIHE_CLERK, "q=凤栖梧桐")).isEmpty();
        assertThat(ids(townshipCadre(), "q=凤栖梧桐")).as("not yet issued").isEmpty();
        assertThat(ids("jfb.620103", "q=凤栖梧桐")).isEmpty();

        api.stepOk(HONGGU_CLERK, draftId, "submit");
        api.stepOk(HONGGU_LEADER, draftId, "pass-review");
        api.stepOk(HONGGU_LEADER, draftId, "sign");
        api.stepOk(HONGGU_CLERK, draftId, "issue");
        assertThat(ids(townshipCadre(), "q=凤栖梧桐&box=received")).containsExactly(draftId);
        assertThat(ids(townshipCadre(), "q=凤栖梧桐&box=sent")).isEmpty();
        // issued on the test clock's day, 2026-06-15
        assertThat(ids(townshipCadre(), "q=凤栖梧桐&from=2026-06-15&to=2026-06-15")).containsExactly(draftId);
        assertThat(ids(townshipCadre(), "q=凤栖梧桐&to=2026-06-14")).isEmpty();
        assertThat(ids("jfb.6201", "q=凤栖梧桐")).containsExactly(draftId);
        assertThat(ids("admin", "q=凤栖梧桐")).containsExactly(draftId);
        assertThat(ids(QILIHE_CLERK, "q=凤栖梧桐")).isEmpty();
        assertThat(ids("jfb.620103", "q=凤栖梧桐")).isEmpty();

        String number = DocumentsDriver.json(api.get(HONGGU_CLERK, "/api/v1/documents/" + draftId), "$.document.documentNumber");
        assertThat(ids(townshipCadre(), "q=" + number).getFirst()).as(number).isEqualTo(draftId);
    }

    @Test
    void aTitleMatchRanksAboveBodyMatches() throws Exception {
        String body = "各乡镇：近期工作要抓好秸秆禁烧和秸秆综合利用，秸秆综合利用要有成效。";
        long inBody = api.createOk(HONGGU_CLERK, draft("NOTICE", "关于做好近期若干工作的通知", body, List.of(township()), false));
        long inTitle = api.createOk(HONGGU_CLERK, draft("NOTICE", "关于推进秸秆综合利用的通知", "各乡镇：请按要求办理。",
                List.of(township()), false));
        assertThat(ids(HONGGU_CLERK, "q=秸秆综合利用")).containsSubsequence(inTitle, inBody);
        assertThat(ids(HONGGU_CLERK, "q=秸秆综合利用").getFirst()).isEqualTo(inTitle);
    }

    @Test
    void filtersNarrowTheResults() throws Exception {
        long notice = api.createOk(HONGGU_CLERK, draft("NOTICE", "关于雪域高原调研的通知", "雪域高原调研安排。",
                List.of(township()), false));
        long letter = api.createOk(HONGGU_CLERK, draft("LETTER", "关于雪域高原调研的函", "雪域高原调研事宜。",
                List.of(township()), false));
        assertThat(ids(HONGGU_CLERK, "q=雪域高原")).containsExactlyInAnyOrder(notice, letter);
        assertThat(ids(HONGGU_CLERK, "q=雪域高原&kind=LETTER")).containsExactly(letter);
        assertThat(ids(HONGGU_CLERK, "q=雪域高原&kind=函")).containsExactly(letter);
        assertThat(ids(HONGGU_CLERK, "q=雪域高原&state=DRAFT")).containsExactlyInAnyOrder(notice, letter);
        assertThat(ids(HONGGU_CLERK, "q=雪域高原&state=ISSUED")).isEmpty();
        assertThat(ids(HONGGU_CLERK, "q=雪域高原&box=received")).isEmpty();
        assertThat(ids(HONGGU_CLERK, "q=雪域高原&issuer=红古区人民政府办公室")).hasSize(2);
        assertThat(ids(HONGGU_CLERK, "q=雪域高原&issuer=七里河区")).isEmpty();
        // a draft's date is its last change (the database's clock, not the test's)
        assertThat(ids(HONGGU_CLERK, "q=雪域高原&from=2001-01-01")).hasSize(2);
        assertThat(ids(HONGGU_CLERK, "q=雪域高原&to=2000-12-31")).isEmpty();
        // without text: every filter still applies, newest first
        assertThat(ids(HONGGU_CLERK, "kind=LETTER&state=DRAFT")).contains(letter).doesNotContain(notice);
    }

    @Test
    void badInputIsRefusedInChinese() throws Exception {
        MvcResult huge = api.get(HONGGU_CLERK, "/api/v1/documents/search?q=" + "减".repeat(10_000));
        assertThat(huge.getResponse().getStatus()).isEqualTo(400);
        assertThat(huge.getResponse().getContentType()).contains("application/problem+json");
        assertThat(huge.getResponse().getContentAsString()).contains("检索词过长").contains("10000");
        for (String bad : List.of("from=2026-13-01", "from=2026-06-30&to=2026-06-01", "kind=公告令", "state=x", "box=all",
                "page=0", "page=51")) {
            MvcResult r = api.get(HONGGU_CLERK, "/api/v1/documents/search?" + bad);
            assertThat(r.getResponse().getStatus()).as(bad).isEqualTo(400);
            assertThat(r.getResponse().getContentAsString()).as(bad).containsPattern("[\\u4e00-\\u9fa5]");
        }
        MvcResult page = api.get(HONGGU_CLERK, "/documents/search?q=" + "减".repeat(10_000));
        assertThat(page.getResponse().getStatus()).isEqualTo(400);
        assertThat(page.getResponse().getContentAsString()).contains("检索词过长").doesNotContain("减".repeat(200));
    }

    @Test
    void thePageShowsEscapedHighlightsAndIsReachableFromTheList() throws Exception {
        assertThat(api.get(HONGGU_CLERK, "/documents").getResponse().getContentAsString())
                .contains("action=\"/documents/search\"");
        api.createOk(HONGGU_CLERK, draft("NOTICE", "关于琉璃瓦修缮的通知", "琉璃瓦修缮 <img src=x> 要按期完成。",
                List.of(township()), false));
        MvcResult r = api.get(HONGGU_CLERK, "/documents/search?q=琉璃瓦");
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String html = r.getResponse().getContentAsString();
        assertThat(html).contains("<mark>琉璃瓦</mark>").contains("&lt;img src=x&gt;").doesNotContain("<img src=x>")
                .contains("共 1 件");
        assertThat(api.get(HONGGU_CLERK, "/documents/search").getResponse().getStatus()).isEqualTo(200);
    }
}
