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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** 查重 in the issuing gate, on the side-by-side page and in the yearly audit, through the real flow. */
@JianfuTest
class ReuseGateTests {

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
        String body = copied + original(new Random(1), 400);
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
        long id = api.createOk(COUNTY_CLERK, draft("NOTICE", "关于做好秋季防火工作的通知", original(new Random(2), 1500),
                List.of(api.townshipGovernment("620102").id()), false));
        MvcResult gate = api.get(COUNTY_CLERK, "/api/v1/documents/" + id + "/gate");
        assertThat(json(gate, "$.outcomes[?(@.check=='reuse')].verdict")).contains("PASS");
    }

    @Test
    void theYearlyAuditFlagsTheCopyAndNotTheOriginalItCopied() throws Exception {
        String provinceText = original(new Random(3), 2000).replaceAll("。", "，全省各地要抓好落实。");
        long original = api.issued("62.gov-office.clerk", "62.gov-office.leader", draft("OPINION", "关于推进乡村治理的意见",
                provinceText, List.of(api.unit("6201", "gov").id()), true));
        awaitIndexed(original);
        String countyCopy = provinceText.replace("全省", "全区").replace("甘肃省", "城关区");
        long copy = api.createOk(COUNTY_CLERK, draft("OPINION", "关于推进乡村治理的实施意见", countyCopy,
                List.of(api.townshipGovernment("620102").id()), true));
        MvcResult gate = api.get(COUNTY_CLERK, "/api/v1/documents/" + copy + "/gate");
        assertThat(json(gate, "$.outcomes[?(@.check=='reuse')].verdict")).contains("BLOCK");

        api.post(COUNTY_CLERK, "/api/v1/documents/" + copy + "/explanations", "{\"check\":\"reuse\",\"text\":\"按上级要求原文转发，并增加本区分工。\"}");
        int year = java.time.Year.now().getValue();
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

    /** Never-published prose: random common characters in clauses, unique to each seed. */
    static String original(Random random, int length) {
        String common = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞";
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int clause = 8 + random.nextInt(12);
            for (int i = 0; i < clause; i++) {
                text.append(common.charAt(random.nextInt(common.length())));
            }
            text.append(random.nextInt(4) == 0 ? "。" : "，");
        }
        return text.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "").replace("\t", " ");
    }
}
