package org.jianfu.reuse.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianfu.documents.DocumentsDriver.draft;
import static org.jianfu.documents.DocumentsDriver.json;

import java.util.List;
import java.util.Random;
import org.jianfu.documents.DocumentsDriver;
import org.jianfu.platform.corpus.LawsCorpus;
import org.jianfu.reuse.ReuseAudit;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.UniqueProse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** 查重 in the issuing gate, on the side-by-side page and in the yearly audit, through the real flow. */
@JianfuTest
class ReuseGateTests {

    /** the application clock (fixed in tests: never today) */
    @Autowired
    java.time.Clock clock;

    static final String COUNTY_CLERK = "620102.gov-office.clerk";
    static final String COUNTY_LEADER = "620102.gov-office.leader";

    @Autowired
    DocumentsDriver api;

    @Autowired
    CorpusSync sync;

    @Autowired
    ReuseAudit audit;

    @Autowired
    CheckResults results;

    @Test
    void aDraftCopyingALawIsBlockedAndShownBesideItsSource() throws Exception {
        LawsCorpus.LawText law = LawsCorpus.load().stream().filter(l -> l.text().length() > 6000).findFirst().orElseThrow();
        String copied = law.text().substring(law.text().indexOf("第一条") > 0 ? law.text().indexOf("第一条") : 200).substring(0, 2400);
        String body = copied + UniqueProse.of(new Random(1), 400);
        long id = api.createOk(COUNTY_CLERK, draft("NOTICE", "关于贯彻落实有关法律的通知", escape(body),
                List.of(api.townshipGovernment("620102").id()), true));

        MvcResult gate = api.get(COUNTY_CLERK, "/api/v1/documents/" + id + "/gate");
        assertThat(json(gate, "$.outcomes[?(@.check=='reuse')].verdict")).contains("BLOCK");
        assertThat(json(gate, "$.outcomes[?(@.check=='reuse')].summary")).contains("照搬上级法规").contains(law.title());

        String page = api.get(COUNTY_CLERK, "/reuse/documents/" + id).getResponse().getContentAsString();
        assertThat(page).contains("雷同段落").contains(law.title()).contains("<mark>");
        assertThat(api.get("620103.gov-office.clerk", "/reuse/documents/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.get("620103.gov-office.clerk", "/api/v1/reuse/documents/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(Double.parseDouble(json(api.get(COUNTY_CLERK, "/api/v1/reuse/documents/" + id), "$.copyRatio")))
                .isBetween(0.8, 1.0);
    }

    @Test
    void anOriginalDraftPasses() throws Exception {
        long id = api.createOk(COUNTY_CLERK, draft("NOTICE", "关于做好秋季防火工作的通知", UniqueProse.of(new Random(2), 1500),
                List.of(api.townshipGovernment("620102").id()), false));
        MvcResult gate = api.get(COUNTY_CLERK, "/api/v1/documents/" + id + "/gate");
        assertThat(json(gate, "$.outcomes[?(@.check=='reuse')].verdict")).contains("PASS");
    }

    @Test
    void theYearlyAuditFlagsTheCopyAndNotTheOriginalItCopied() throws Exception {
        String provinceText = UniqueProse.of(new Random(3), 2000).replaceAll("。", "，全省各地要抓好落实。");
        long original = api.issued("62.gov-office.clerk", "62.gov-office.leader", draft("OPINION", "关于推进乡村治理的意见",
                provinceText, List.of(api.unit("6201", "gov").id()), true));
        awaitIndexed(original);
        // no oracle: a caller who may not read the source learns its level and share, not its id, offsets or title
        String query = "{\"text\":\"" + escape(provinceText) + "\"}";
        String outsider = api.post("620103.gov-office.clerk", "/api/v1/reuse/check", query).getResponse().getContentAsString();
        assertThat(outsider).contains("上级或其他单位文件（省）").doesNotContain("doc:" + original)
                .doesNotContain("关于推进乡村治理的意见").contains("\"sourceStart\":null");
        assertThat(api.post("62.gov-office.clerk", "/api/v1/reuse/check", query).getResponse().getContentAsString())
                .contains("\"source\":\"doc:" + original + "\"");
        String countyCopy = provinceText.replace("全省", "全区").replace("甘肃省", "城关区");
        long copy = api.createOk(COUNTY_CLERK, draft("OPINION", "关于推进乡村治理的实施意见", countyCopy,
                List.of(api.townshipGovernment("620102").id()), true));
        MvcResult gate = api.get(COUNTY_CLERK, "/api/v1/documents/" + copy + "/gate");
        assertThat(json(gate, "$.outcomes[?(@.check=='reuse')].verdict")).contains("BLOCK");

        int year = java.time.Year.now(clock).getValue();
        var summary = audit.run(year, "62", ReuseAudit.Progress.none());
        assertThat(summary.checked()).isGreaterThanOrEqualTo(1);
        var originalResult = results.find(original).orElseThrow();
        assertThat(originalResult.copyRatio()).isLessThan(0.3);
        assertThat(originalResult.verdict()).isNotEqualTo("BLOCK");
    }

    private void awaitIndexed(long documentId) throws InterruptedException {
        for (int i = 0; i < 100 && !sync.isIndexed(documentId); i++) {
            Thread.sleep(100);
        }
        assertThat(sync.isIndexed(documentId)).as("issued document reaches the index").isTrue();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "").replace("\t", " ");
    }
}
